/**
 * Which files of a running cluster go into a base backup, following PostgreSQL's
 * "Making a Base Backup Using the Low Level API" (and what pg_basebackup leaves out):
 * the server recreates these at start, and copies of them would be wrong or harmful
 * (postmaster.pid would make the restored cluster look running). Pure.
 */

/** Directories whose contents are skipped; the empty directory itself is kept. */
const EMPTY_DIRS = new Set([
  "pg_wal",
  "pg_dynshmem",
  "pg_notify",
  "pg_replslot",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIPPED_FILES = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "backup_label",
  "tablespace_map",
  "backup_manifest",
  "pg_internal.init",
]);

/** `relPath` uses "/" separators, relative to the cluster directory. */
export function isExcluded(relPath: string): boolean {
  const parts = relPath.split("/");
  const name = parts[parts.length - 1]!;
  if (parts.length > 1 && EMPTY_DIRS.has(parts[0]!)) return true;
  if (SKIPPED_FILES.has(name)) return true;
  if (name.startsWith("pgsql_tmp")) return true;
  return parts.some((p) => p.startsWith("pgsql_tmp"));
}

export function keptEmptyDirs(): string[] {
  return [...EMPTY_DIRS];
}

const SEGMENT = /^[0-9A-F]{24}$/;

/** The WAL segment named on the backup label's "START WAL LOCATION: … (file …)" line. */
export function startSegmentOf(label: string): string {
  const match = /^START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)$/m.exec(label);
  if (!match) throw new Error("the backup label names no start WAL file");
  return match[1]!;
}

/**
 * The WAL segments recovery needs to make the copy consistent: from the one holding the
 * backup's start checkpoint through the one holding its end record, on the same timeline.
 */
export function segmentsToCopy(names: string[], first: string, last: string): string[] {
  return names.filter((n) => SEGMENT.test(n) && n >= first && n <= last).sort();
}
