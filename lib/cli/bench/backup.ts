/**
 * `npm run bench:backup`: `npm run backup` and `npm run restore` on the benchmark database
 * (1,000 projects × 5 snapshots), on an embedded cluster of its own. Writes .bench/backup.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { takeBackup } from "@/lib/backup/take-backup";
import { createPrismaClient } from "@/lib/db/client";
import { clusterPath } from "@/lib/db/embedded-postgres";
import { dataDir, openDatabase, repoRoot } from "@/lib/db/open-database";
import { env } from "@/lib/env";
import { seedBenchOrganization } from "./bench-data";

const CLUSTER = "pg-bench-backup";
const PORT = 15471;

async function main() {
  if (env().DATABASE_URL) {
    console.log("bench:backup: skipped, DATABASE_URL is set (backups of a managed server are its own tooling's)");
    return;
  }
  const database = await openDatabase({ fresh: true, clusterName: CLUSTER, port: PORT });
  const db = createPrismaClient(database.url);
  await seedBenchOrganization(db, repoRoot, {
    slug: "bench",
    projects: 1000,
    snapshots: 5,
    email: "bench@preflight.local",
    password: "bench-password-1",
  });
  await db.$executeRaw`CHECKPOINT`;
  await db.$disconnect();
  const target = { dataDir: dataDir(), clusterName: CLUSTER, clusterDir: clusterPath(dataDir(), CLUSTER), port: PORT };
  const out = mkdtempSync(path.join(os.tmpdir(), "preflight-bench-backup-"));
  try {
    let started = performance.now();
    const backup = await takeBackup(target, out, 1);
    const backupSeconds = (performance.now() - started) / 1000;
    await database.close();
    started = performance.now();
    await restoreBackup(target, backup.archive, true);
    const restoreSeconds = (performance.now() - started) / 1000;
    const result = { projects: 1000, snapshots: 5, archiveMb: backup.bytes / 1e6, files: backup.files, backupSeconds, restoreSeconds };
    console.log(
      `backup ${backupSeconds.toFixed(1)} s (${result.archiveMb.toFixed(1)} MB, ${backup.files} files), restore ${restoreSeconds.toFixed(1)} s (verify, replay, migrations check, start and stop)`,
    );
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(path.join(repoRoot, ".bench", "backup.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
    await database.close();
  }
}

void main();
