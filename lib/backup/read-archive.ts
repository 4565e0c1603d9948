/**
 * Unpacks a backup archive into an empty directory, hashing every file on the way, and
 * checks it against the manifest it carries. Anything wrong — a truncated or corrupt gzip,
 * a missing manifest, a file that differs, a path that leaves the directory — becomes a
 * BackupError with one line, and the caller throws the directory away.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";
import { BackupError } from "./cluster";
import { checksumProblem, DATA_PREFIX, MANIFEST_NAME, parseManifest, type BackupManifest, type FileDigest } from "./manifest";

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** Safe relative path inside the archive's data folder, or null. */
export function dataPathOf(name: string): string | null {
  if (!name.startsWith(DATA_PREFIX)) return null;
  const rel = name.slice(DATA_PREFIX.length).replace(/\/+$/, "");
  if (rel === "") return "";
  const parts = rel.split("/");
  return parts.some((p) => p === "" || p === "." || p === "..") ? null : rel;
}

export async function unpackArchive(archive: string, into: string): Promise<BackupManifest> {
  const extract = tar.extract();
  const source = createReadStream(archive);
  const gunzip = createGunzip();
  const fail = (error: Error) => extract.destroy(error);
  source.once("error", fail);
  gunzip.once("error", fail);
  source.pipe(gunzip).pipe(extract as unknown as NodeJS.WritableStream);
  const seen: FileDigest[] = [];
  let manifestText: string | null = null;
  try {
    for await (const entry of extract) {
      const { name, type } = entry.header;
      if (name === MANIFEST_NAME && type === "file") {
        manifestText = (await readAll(entry, MAX_MANIFEST_BYTES)).toString("utf8");
        continue;
      }
      const rel = dataPathOf(name);
      if (rel === null || (type !== "file" && type !== "directory"))
        throw new BackupError(`The archive holds an unexpected entry (${name}): it is not a Preflight backup.`);
      const target = path.join(into, rel);
      if (type === "directory") {
        await mkdir(target, { recursive: true, mode: 0o700 });
        entry.resume();
        continue;
      }
      seen.push({ path: name, ...(await writeEntry(entry, target)) });
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The archive is unreadable (truncated or corrupt): ${(error as Error).message}`);
  } finally {
    source.destroy();
  }
  if (manifestText === null) throw new BackupError("The archive has no manifest: it is truncated or not a Preflight backup.");
  const parsed = parseManifest(manifestText);
  if (!parsed.ok) throw new BackupError(`The archive's manifest is unusable: ${parsed.reason}.`);
  const problem = checksumProblem(parsed.manifest.files, seen);
  if (problem) throw new BackupError(`The archive is corrupt: ${problem}.`);
  return parsed.manifest;
}

async function readAll(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BackupError("The archive's manifest is implausibly large.");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function writeEntry(stream: AsyncIterable<unknown>, target: string): Promise<{ size: number; sha256: string }> {
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const handle = await open(target, "wx", 0o600);
  const hash = createHash("sha256");
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest("hex") };
}
