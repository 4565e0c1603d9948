/**
 * The production server on a fresh embedded database of a benchmark's own (or the one in
 * DATABASE_URL), seeded by the benchmark, built first when the build is stale.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { openDatabase, repoRoot } from "@/lib/db/open-database";
import { buildIsStale } from "../build-state";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

export interface BenchServer {
  base: string;
  /** The benchmark database, for a phase that changes data between measurements. */
  databaseUrl: string;
  stop: () => Promise<void>;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 240; i += 1) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
}

export async function startBenchServer<T>(options: {
  cluster: string;
  pgPort: number;
  appPort: number;
  seed: (db: Db) => Promise<T>;
}): Promise<BenchServer & { seeded: T }> {
  const env = { ...process.env, NEXTAUTH_SECRET: "bench-secret", NEXT_TELEMETRY_DISABLED: "1" };
  if (buildIsStale(repoRoot)) {
    const build = spawnSync(bin("next"), ["build"], { cwd: repoRoot, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("the build failed");
  }
  const database = await openDatabase({ fresh: true, clusterName: options.cluster, port: options.pgPort });
  const db = createPrismaClient(database.url);
  let seeded: T;
  try {
    seeded = await options.seed(db);
    // A live database has planner statistics (autovacuum gathers them); a bulk load has none yet.
    await db.$executeRaw`ANALYZE`;
  } finally {
    await db.$disconnect();
  }
  const base = `http://localhost:${options.appPort}`;
  // The server's own output, for when a request fails: .bench/<cluster>-server.log.
  mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
  const log = openSync(path.join(repoRoot, ".bench", `${options.cluster}-server.log`), "w");
  const server = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", "-p", String(options.appPort)], {
    cwd: repoRoot,
    env: { ...env, NODE_ENV: "production", DATABASE_URL: database.url, NEXTAUTH_URL: base },
    stdio: ["ignore", log, log],
  });
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database.close();
  };
  try {
    await waitForServer(`${base}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, databaseUrl: database.url, stop, seeded };
}
