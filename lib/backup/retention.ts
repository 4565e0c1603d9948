/** Names of backup archives and which ones to delete to keep the newest N. Pure. */

const PATTERN = /^preflight-backup-(\d{8}T\d{6}\d{3}Z)\.tar\.gz$/;

/** e.g. preflight-backup-20261205T170102123Z.tar.gz: sorts by time as text, safe on every file system. */
export function archiveName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `preflight-backup-${stamp}.tar.gz`;
}

export function isArchiveName(name: string): boolean {
  return PATTERN.test(name);
}

/** The archives to delete so that only the newest `keep` remain; other files are never touched. */
export function archivesToDelete(names: string[], keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError("keep must be a whole number of at least 1");
  const archives = names.filter(isArchiveName).sort();
  return archives.slice(0, Math.max(0, archives.length - keep));
}
