/**
 * `npm run bench:backup`: `npm run backup` and `npm run restore` on the benchmark database
 * (1,000 projects × 5 snapshots), on an embedded cluster of its own, served by the app
 * meanwhile. Then the autosave p50 of 10 editors in three rounds, each of 5 s without a
 * backup and then one backup long: goal within 20 % (p50 during ÷ p50 without ≤ 1.2).
 * Writes .bench/backup.json.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { takeBackup } from "@/lib/backup/take-backup";
import { createPrismaClient } from "@/lib/db/client";
import { clusterPath } from "@/lib/db/embedded-postgres";
import { dataDir, repoRoot } from "@/lib/db/open-database";
import { env } from "@/lib/env";
import { seedBenchOrganization } from "./bench-data";
import { startBenchServer } from "./bench-server";
import { addProjectEditors, editorSaves, load, loadWhile, summarize } from "./save-load";

const CLUSTER = "pg-bench-backup";
const PORT = 15471;
const APP_PORT = 3304;
const PASSWORD = "bench-password-1";
const EDITORS = 10;
const BACKUPS_UNDER_LOAD = 3;
/** Each quiet round: about as long as a backup under load. */
const QUIET_SECONDS = 5;
const GOAL_RATIO = 1.2;

const seconds = (since: number) => (performance.now() - since) / 1000;

/** `npm run backup`, exactly as an operator runs it (npm, tsx and the nice of the script included). */
function backupCommand(out: string): Promise<void> {
  const child = spawn(
    "npm",
    ["run", "--silent", "backup", "--", "--out", out, "--keep", "1", "--cluster", CLUSTER, "--port", String(PORT)],
    {
      cwd: repoRoot,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run backup exited ${code}`)))),
  );
}

async function main() {
  if (env().DATABASE_URL) {
    console.log("bench:backup: skipped, DATABASE_URL is set (backups of a managed server are its own tooling's)");
    return;
  }
  const server = await startBenchServer({
    cluster: CLUSTER,
    pgPort: PORT,
    appPort: APP_PORT,
    seed: async (db) => {
      const organization = await seedBenchOrganization(db, repoRoot, {
        slug: "bench",
        projects: 1000,
        snapshots: 5,
        email: "bench@preflight.local",
        password: PASSWORD,
      });
      return addProjectEditors(db, organization.id, PASSWORD, EDITORS);
    },
  });
  const target = { dataDir: dataDir(), clusterName: CLUSTER, clusterDir: clusterPath(dataDir(), CLUSTER), port: PORT };
  const out = mkdtempSync(path.join(os.tmpdir(), "preflight-bench-backup-"));
  let stopped = false;
  try {
    const db = createPrismaClient(server.databaseUrl);
    await db.$executeRaw`CHECKPOINT`;
    await db.$disconnect();
    const { save } = await editorSaves(server.base, "bench", server.seeded, PASSWORD, repoRoot);
    await load(EDITORS, 30, save); // warm-up

    let started = performance.now();
    const backup = await takeBackup(target, out, 1);
    const backupSeconds = seconds(started);

    // Rounds of quiet and of backups, alternating, so that a server still warming up (or any
    // drift of the machine) weighs on both sides alike.
    const quietLatencies: number[] = [];
    const duringLatencies: number[] = [];
    const underLoad: number[] = [];
    let quietSeconds = 0;
    let duringSeconds = 0;
    for (let round = 0; round < BACKUPS_UNDER_LOAD; round += 1) {
      const quietStarted = performance.now();
      await loadWhile(EDITORS, () => seconds(quietStarted) < QUIET_SECONDS, save, quietLatencies);
      quietSeconds += seconds(quietStarted);
      let backingUp = true;
      const t0 = performance.now();
      const saving = loadWhile(EDITORS, () => backingUp, save, duringLatencies);
      await backupCommand(path.join(out, "under-load")); // apart, so --keep 1 spares the archive restored below
      backingUp = false;
      await saving;
      underLoad.push(seconds(t0));
      duringSeconds += seconds(t0);
    }
    const quiet = summarize(quietLatencies, quietSeconds);
    const during = summarize(duringLatencies, duringSeconds);
    const ratio = Math.round((during.p50 / quiet.p50) * 100) / 100;

    await server.stop();
    stopped = true;
    started = performance.now();
    await restoreBackup(target, backup.archive, true);
    const restoreSeconds = seconds(started);

    const result = {
      projects: 1000,
      snapshots: 5,
      archiveMb: backup.bytes / 1e6,
      files: backup.files,
      backupSeconds,
      restoreSeconds,
      autosave: {
        editors: EDITORS,
        quiet,
        duringBackup: during,
        backupSecondsUnderLoad: underLoad,
        ratioP50: ratio,
        goalRatio: GOAL_RATIO,
      },
    };
    console.log(
      `backup ${backupSeconds.toFixed(1)} s (${result.archiveMb.toFixed(1)} MB, ${backup.files} files), restore ${restoreSeconds.toFixed(1)} s (verify, replay, migrations check, start and stop)`,
    );
    console.log(
      `autosave, ${EDITORS} editors: p50 ${quiet.p50} ms / p95 ${quiet.p95} ms without a backup; p50 ${during.p50} ms / p95 ${during.p95} ms during ${BACKUPS_UNDER_LOAD} backups (${underLoad.map((s) => s.toFixed(1)).join(", ")} s, ${during.requests} saves): ×${ratio} — ${ratio <= GOAL_RATIO ? "goal met" : "goal missed"} (≤ ×${GOAL_RATIO})`,
    );
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(path.join(repoRoot, ".bench", "backup.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (!stopped) await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
