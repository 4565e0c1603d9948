/**
 * Scheduled backups (PREFLIGHT_BACKUP_EVERY) from `npm start`, the process that owns the
 * embedded PostgreSQL. Each one runs `lib/cli/backup.ts` in a child process at the lowest CPU
 * priority, exactly the work of `npm run backup`, so the app serving beside it keeps the
 * cores first (bench:backup measures autosaves during backups). One at a time; a failure is
 * logged as one line and the next run is still scheduled, so a full disk one night does not
 * stop the backups for good.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@/lib/db/open-database";
import { env } from "@/lib/env";
import { BackupError, clusterTarget } from "./cluster";
import { parseInterval } from "./interval";

const KEEP = 7;
/** The nicest niceness: the backup gets the CPU the app leaves idle. */
export const BACKUP_NICENESS = 19;

/** The configured interval, null when unset; a BackupError (one line) when it makes no sense. */
export function backupIntervalFromEnv(): number | null {
  const every = env().PREFLIGHT_BACKUP_EVERY;
  if (!every) return null;
  const interval = parseInterval(every);
  if (!interval.ok) throw new BackupError(`PREFLIGHT_BACKUP_EVERY: ${interval.reason}.`);
  return interval.ms;
}

export interface ScheduleOptions {
  /** Where the archives go; default the data directory's `backups`. */
  out?: string;
  /** Another cluster than the configured one (tests). */
  cluster?: { name: string; port: number };
}

/** One `lib/cli/backup.ts` run; resolves with the lines it printed, rejects with its one-line reason. */
function backupInChild(args: string[]): Promise<string[]> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "lib/cli/backup.ts"), ...args], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    if (child.pid !== undefined) os.setPriority(child.pid, BACKUP_NICENESS);
  } catch {
    // not allowed here: the child lowers its own priority once it runs
  }
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = (text: string) =>
    text
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => line.replace(/^preflight: /, ""));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(lines(stdout)) : reject(new BackupError(lines(stderr).at(-1) ?? `the backup exited with ${code}`)),
    );
  });
}

/** Returns a stop function. */
export function startBackupSchedule(everyMs: number, log: (line: string) => void, options: ScheduleOptions = {}): () => void {
  const target = clusterTarget(options.cluster ? { clusterName: options.cluster.name, port: options.cluster.port } : {});
  const out = options.out ?? path.join(target.dataDir, "backups");
  const args = ["--out", out, "--keep", String(KEEP)];
  if (options.cluster) args.push("--cluster", options.cluster.name, "--port", String(options.cluster.port));
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      for (const line of await backupInChild(args)) log(`scheduled ${line}`);
    } catch (error) {
      log(`scheduled backup failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  const every = env().PREFLIGHT_BACKUP_EVERY ?? `${Math.round(everyMs / 1000)} s`;
  log(`backing up every ${every} into ${out}, keeping ${KEEP}`);
  return () => clearInterval(timer);
}
