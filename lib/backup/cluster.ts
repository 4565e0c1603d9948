/**
 * Finds the embedded cluster the backup and restore commands work on, and tells whether a
 * server is running on it. Both commands refuse a configured DATABASE_URL: only the
 * embedded cluster's files are ours to copy or replace.
 */
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { clusterPath, embeddedUrl, readPassword } from "@/lib/db/embedded-postgres";
import { dataDir } from "@/lib/db/open-database";
import { env } from "@/lib/env";

/** A failure the operator can act on; its message is one line. */
export class BackupError extends Error {}

export interface ClusterTarget {
  dataDir: string;
  clusterName: string;
  clusterDir: string;
  port: number;
}

export const MANAGED_DATABASE_MESSAGE =
  "DATABASE_URL is set, so Preflight runs on a PostgreSQL server it does not manage: back it up and restore it with that server's own tooling (pg_dump/pg_restore, or the provider's snapshots and point-in-time recovery).";

export function clusterTarget(options: { clusterName?: string; port?: number } = {}): ClusterTarget {
  if (env().DATABASE_URL) throw new BackupError(MANAGED_DATABASE_MESSAGE);
  const dir = dataDir();
  const clusterName = options.clusterName ?? "pg";
  return { dataDir: dir, clusterName, clusterDir: clusterPath(dir, clusterName), port: options.port ?? env().PREFLIGHT_PG_PORT };
}

export function superuserUrl(target: ClusterTarget): string {
  const password = readPassword(target.dataDir);
  if (password === null)
    throw new BackupError(`No embedded database under ${target.dataDir} (no postgres-password file): nothing to back up.`);
  return embeddedUrl(password, target.port);
}

/** The pid in postmaster.pid when that process is alive; a stale file after a crash does not count. */
export function runningPostmaster(clusterDir: string): number | null {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

/** The port a running server listens on (line 4 of postmaster.pid), or null when none runs. */
export function postmasterPort(clusterDir: string): number | null {
  if (runningPostmaster(clusterDir) === null) return null;
  const port = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/** True when something accepts connections on the port (the app's PostgreSQL, or anything else). */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(2_000);
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}
