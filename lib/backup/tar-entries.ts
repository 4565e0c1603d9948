/** Writing entries into a tar-stream pack one at a time, honouring back-pressure. */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import type { Pack } from "tar-stream";

const CHUNK = 1 << 20;

type Sink = ReturnType<Pack["entry"]>;

function writeChunk(entry: Sink, chunk: Buffer): Promise<void> {
  return entry.write(chunk) ? Promise.resolve() : new Promise((resolve) => entry.once("drain", () => resolve()));
}

export function addBuffer(pack: Pack, name: string, content: Buffer, mode = 0o600): Promise<string> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: content.length, mode, mtime: new Date() }, content, (error) =>
      error ? reject(error) : resolve(sha256(content)),
    );
  });
}

export function addDirectory(pack: Pack, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, type: "directory", mode: 0o700, mtime: new Date() }, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Copies a file that PostgreSQL may be writing: exactly the size it had when opened (a
 * shorter read is padded with zeros). Torn or stale pages are what the WAL replayed at
 * restore repairs; that is the low-level backup API's contract. Returns size and sha256.
 */
export async function addLiveFile(pack: Pack, name: string, file: string): Promise<{ size: number; sha256: string } | null> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null; // dropped while we walked: WAL replay drops it too
    throw error;
  });
  if (!handle) return null;
  try {
    const { size, mode } = await handle.stat();
    const hash = createHash("sha256");
    let finished: (error?: Error | null) => void = () => undefined;
    const done = new Promise<void>((resolve, reject) => {
      finished = (error) => (error ? reject(error) : resolve());
    });
    const entry = pack.entry({ name, size, mode: mode & 0o777, mtime: new Date() }, finished);
    for (let at = 0; at < size; at += CHUNK) {
      const length = Math.min(CHUNK, size - at);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, at);
      hash.update(buffer);
      await writeChunk(entry, buffer);
    }
    entry.end(undefined); // streamx types want an argument; undefined writes nothing
    await done;
    return { size, sha256: hash.digest("hex") };
  } finally {
    await handle.close();
  }
}

export function sha256(content: Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}
