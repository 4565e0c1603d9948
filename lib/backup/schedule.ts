/**
 * Scheduled backups (PREFLIGHT_BACKUP_EVERY) from `npm start`, the process that owns the
 * embedded PostgreSQL. One at a time; a failure is logged as one line and the next run is
 * still scheduled, so a full disk one night does not stop the backups for good.
 */
import path from "node:path";
import { env } from "@/lib/env";
import { BackupError, clusterTarget } from "./cluster";
import { parseInterval } from "./interval";
import { takeBackup } from "./take-backup";

const KEEP = 7;

/** The configured interval, null when unset; a BackupError (one line) when it makes no sense. */
export function backupIntervalFromEnv(): number | null {
  const every = env().PREFLIGHT_BACKUP_EVERY;
  if (!every) return null;
  const interval = parseInterval(every);
  if (!interval.ok) throw new BackupError(`PREFLIGHT_BACKUP_EVERY: ${interval.reason}.`);
  return interval.ms;
}

/** Returns a stop function. */
export function startBackupSchedule(everyMs: number, log: (line: string) => void): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const target = clusterTarget();
      const result = await takeBackup(target, path.join(target.dataDir, "backups"), KEEP);
      log(`scheduled backup written to ${result.archive}`);
    } catch (error) {
      log(`scheduled backup failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  log(`backing up every ${env().PREFLIGHT_BACKUP_EVERY} into ${path.join(clusterTarget().dataDir, "backups")}, keeping ${KEEP}`);
  return () => clearInterval(timer);
}
