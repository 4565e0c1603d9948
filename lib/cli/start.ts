/**
 * `npm start`: builds when the build is missing or stale, opens the database (embedded unless
 * DATABASE_URL is set), seeds the demo on a first start, and serves the app.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { BackupError } from "@/lib/backup/cluster";
import { backupIntervalFromEnv, startBackupSchedule } from "@/lib/backup/schedule";
import { env } from "@/lib/env";
import { PostgresStartError } from "@/lib/db/embedded-postgres";
import { MigrationError } from "@/lib/db/migrate";
import { dataDir, openDatabase, repoRoot } from "@/lib/db/open-database";
import { buildIsStale } from "./build-state";
import { failWith, runChild } from "./run-child";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

function authSecretFromDisk(): string {
  const file = path.join(dataDir(), "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM users");
    return rows[0]?.n === "0";
  } finally {
    await client.end();
  }
}

async function main() {
  // Checked before anything starts, so a typo is one line and no PostgreSQL is left running.
  let backupEvery: number | null = null;
  try {
    backupEvery = backupIntervalFromEnv();
  } catch (error) {
    failWith(error, [BackupError]);
  }
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: env().NEXTAUTH_SECRET ?? authSecretFromDisk(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (buildIsStale(repoRoot)) {
    console.log("preflight: building the app (first start, or the sources changed)…");
    const build = spawnSync(bin("next"), ["build"], { cwd: repoRoot, stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    if (build.status !== 0) {
      console.error("preflight: the build failed; see the output above.");
      process.exit(1);
    }
  }
  const database = await openDatabase({ log: (line) => console.log(`preflight: ${line}`) }).catch((error: unknown) =>
    failWith(error, [PostgresStartError, MigrationError]),
  );
  childEnv.DATABASE_URL = database.url;
  if (database.embedded && !env().PREFLIGHT_SKIP_DEMO && (await isEmpty(database.url))) {
    spawnSync(bin("tsx"), ["--conditions=react-server", path.join(repoRoot, "lib/cli/seed.ts")], {
      cwd: repoRoot,
      stdio: "inherit",
      env: childEnv,
    });
  }
  const stopBackups =
    database.embedded && backupEvery ? startBackupSchedule(backupEvery, (line) => console.log(`preflight: ${line}`)) : () => undefined;
  const port = String(env().PORT);
  console.log(`preflight: serving on http://localhost:${port} (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  const code = await runChild(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "lib/cli/serve.ts"), "-p", port],
    { ...childEnv, NODE_ENV: "production" },
    async () => {
      stopBackups();
      await database.close();
    },
  );
  process.exit(code);
}

void main();
