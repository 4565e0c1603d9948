/**
 * The manifest inside every backup archive: what the archive holds and how to check it.
 * Pure: no file system, no database; the backup and restore commands do the I/O.
 */
import { z } from "zod";

export const MANIFEST_NAME = "manifest.json";
/** Files of the cluster are stored under this folder of the archive, the manifest beside it. */
export const DATA_PREFIX = "data/";

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 in hex");

export const manifestSchema = z
  .object({
    format: z.literal(1),
    createdAt: z.iso.datetime(),
    postgresVersion: z.string().min(1),
    migrations: z.array(z.string().min(1)),
    startWal: z.string().min(1),
    stopLsn: z.string().min(1),
    files: z.array(z.object({ path: z.string().min(1), size: z.number().int().min(0), sha256: sha256Hex }).strict()),
  })
  .strict();

export type BackupManifest = z.infer<typeof manifestSchema>;
export type FileDigest = BackupManifest["files"][number];

/** Parses a manifest, or says in one line which field is wrong. */
export function parseManifest(text: string): { ok: true; manifest: BackupManifest } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "the manifest is not valid JSON" };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `the manifest field ${issue.path.join(".") || "(root)"} is invalid: ${issue.message}` };
  }
  return { ok: true, manifest: parsed.data };
}

/**
 * Compares what was read out of an archive with what its manifest promises: every file
 * present, of the same size and digest, and nothing more. Returns null when they agree,
 * otherwise one line naming the first file that differs.
 */
export function checksumProblem(expected: FileDigest[], actual: FileDigest[]): string | null {
  const seen = new Map(actual.map((f) => [f.path, f]));
  for (const file of expected) {
    const got = seen.get(file.path);
    if (!got) return `${file.path} is listed in the manifest but missing from the archive`;
    if (got.size !== file.size || got.sha256 !== file.sha256) return `checksum mismatch for ${file.path}`;
    seen.delete(file.path);
  }
  const extra = seen.keys().next();
  return extra.done ? null : `${extra.value} is in the archive but not in the manifest`;
}

export type MigrationComparison = { kind: "same" } | { kind: "older"; pending: string[] } | { kind: "newer"; unknown: string[] };

/**
 * An archive whose migrations are a prefix-compatible subset of the code's is older and is
 * migrated forward after the restore; one that holds a migration the code does not know
 * comes from a newer release and must not be started by this code.
 */
export function compareMigrations(archive: string[], code: string[]): MigrationComparison {
  const known = new Set(code);
  const unknown = archive.filter((name) => !known.has(name));
  if (unknown.length > 0) return { kind: "newer", unknown };
  const inArchive = new Set(archive);
  const pending = code.filter((name) => !inArchive.has(name));
  return pending.length === 0 ? { kind: "same" } : { kind: "older", pending };
}
