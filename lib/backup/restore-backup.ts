/**
 * Restores a backup archive into the embedded cluster's place. The archive is unpacked and
 * verified in a directory beside the cluster; only when everything checks out is the old
 * cluster moved aside and the new one moved in (a rename on the same file system), then
 * started: PostgreSQL replays the WAL named by the backup label, and pending migrations of
 * an older archive are applied. If that fails, the old cluster is moved back.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { repoRoot } from "@/lib/db/open-database";
import { postgresOsUser } from "@/lib/db/os-user";
import { BackupError, portAnswers, runningPostmaster, type ClusterTarget } from "./cluster";
import { compareMigrations } from "./manifest";
import { unpackArchive } from "./read-archive";

export interface RestoreResult {
  createdAt: string;
  migratedForward: string[];
  users: number;
}

const migrationsDir = path.join(repoRoot, "prisma", "migrations");

export async function restoreBackup(target: ClusterTarget, archive: string, force: boolean): Promise<RestoreResult> {
  if (!existsSync(archive)) throw new BackupError(`No archive at ${archive}.`);
  const pid = runningPostmaster(target.clusterDir);
  if (pid !== null) throw new BackupError(`PostgreSQL (pid ${pid}) is running on ${target.clusterDir}: stop the app first, then restore.`);
  if (await portAnswers(target.port))
    throw new BackupError(`Something is listening on port ${target.port} (the app's PostgreSQL?): stop the app first, then restore.`);
  if (!force && (await readdir(target.clusterDir).catch(() => [])).length > 0) {
    throw new BackupError(
      `${target.clusterDir} already holds a database: pass --force to replace it (it is kept until the restored one has started).`,
    );
  }
  const stamp = new Date().toISOString().replace(/[-:.]/g, "");
  const staging = `${target.clusterDir}.restoring-${stamp}`;
  const aside = `${target.clusterDir}.replaced-${stamp}`;
  try {
    const manifest = await unpackArchive(archive, staging);
    const code = (await readMigrations(migrationsDir)).map((m) => m.name);
    const comparison = compareMigrations(manifest.migrations, code);
    if (comparison.kind === "newer") {
      throw new BackupError(
        `The archive comes from a newer Preflight (migrations this code does not know: ${comparison.unknown.join(", ")}): restore it with that version.`,
      );
    }
    await chmod(staging, 0o700); // PostgreSQL refuses a data directory others can read
    const runAs = postgresOsUser();
    if (runAs) spawnSync("chown", ["-R", `${runAs.uid}:${runAs.gid}`, staging]);
    const hadCluster = existsSync(target.clusterDir);
    if (hadCluster) await rename(target.clusterDir, aside);
    await rename(staging, target.clusterDir);
    try {
      const result = await startAndMigrate(target);
      await rm(aside, { recursive: true, force: true });
      return { createdAt: manifest.createdAt, ...result };
    } catch (error) {
      await rm(target.clusterDir, { recursive: true, force: true });
      if (hadCluster) await rename(aside, target.clusterDir);
      throw error instanceof BackupError
        ? error
        : new BackupError(`The restored database did not start, the previous one is back in place: ${(error as Error).message}`);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function startAndMigrate(target: ClusterTarget): Promise<{ migratedForward: string[]; users: number }> {
  const running = await startEmbeddedPostgres({ dataDir: target.dataDir, clusterName: target.clusterName, port: target.port });
  try {
    const migratedForward = await migrate(running.url, migrationsDir);
    const client = new pg.Client({ connectionString: running.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM users");
      return { migratedForward, users: Number(rows[0]?.n ?? 0) };
    } finally {
      await client.end();
    }
  } finally {
    await running.stop();
  }
}
