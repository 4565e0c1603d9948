/**
 * PostgreSQL refuses to run as root. When we are root, its processes run as the system
 * user `postgres`, created here if the machine does not have one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import type { OsUser } from "./postgres-binaries";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export function postgresOsUser(): OsUser | null {
  if (!isRoot()) return null;
  if (spawnSync("id", ["-u", "postgres"]).status !== 0) {
    spawnSync("groupadd", ["--system", "postgres"]);
    const made = spawnSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"]);
    if (made.status !== 0) throw new Error("Running as root, and the system user 'postgres' could not be created (useradd failed).");
  }
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}
