/**
 * A consistent backup of the embedded cluster while the app keeps serving, with PostgreSQL's
 * non-exclusive low-level API: pg_backup_start, a copy of the data directory, pg_backup_stop,
 * then the backup label it returns and the WAL written in between. A temporary physical
 * replication slot, created first on the same connection, keeps that WAL from being recycled
 * by a checkpoint during the copy (there is no WAL archive to fetch it from).
 */
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import tar, { type Pack } from "tar-stream";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { BackupError, postmasterPort, runningPostmaster, superuserUrl, type ClusterTarget } from "./cluster";
import { isExcluded, keptEmptyDirs, segmentsToCopy, startSegmentOf } from "./data-files";
import { DATA_PREFIX, MANIFEST_NAME, type BackupManifest, type FileDigest } from "./manifest";
import { archiveName, archivesToDelete } from "./retention";
import { addBuffer, addDirectory, addLiveFile } from "./tar-entries";

export interface BackupResult {
  archive: string;
  files: number;
  bytes: number;
  deleted: string[];
}

export async function takeBackup(target: ClusterTarget, outDir: string, keep: number): Promise<BackupResult> {
  if (!existsSync(path.join(target.clusterDir, "PG_VERSION")))
    throw new BackupError(`No PostgreSQL cluster in ${target.clusterDir}: nothing to back up.`);
  // A running server may listen on another port than configured (started with another PREFLIGHT_PG_PORT).
  const url = superuserUrl({ ...target, port: postmasterPort(target.clusterDir) ?? target.port });
  // A stopped cluster is started for the copy (and stopped again): the API needs a server.
  let started: RunningPostgres | null = null;
  if (runningPostmaster(target.clusterDir) === null) {
    started = await startEmbeddedPostgres({ dataDir: target.dataDir, clusterName: target.clusterName, port: target.port });
  }
  try {
    await mkdir(outDir, { recursive: true });
    const name = archiveName(new Date());
    const final = path.join(outDir, name);
    const partial = `${final}.partial`;
    try {
      const { files, bytes } = await writeArchive(url, target.clusterDir, partial);
      await rename(partial, final);
      const deleted = archivesToDelete(await readdir(outDir), keep);
      for (const old of deleted) await rm(path.join(outDir, old), { force: true });
      return { archive: final, files, bytes, deleted };
    } catch (error) {
      await rm(partial, { force: true });
      throw asWriteFailure(error, outDir);
    }
  } finally {
    await started?.stop();
  }
}

/** A failed write to the archive (a full disk, a quota, a read-only mount) as one line for the operator. */
function asWriteFailure(error: unknown, outDir: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOSPC" || code === "EDQUOT")
    return new BackupError(
      `No space left in ${outDir}: the backup was not written (the database is untouched). Free space or choose another --out.`,
    );
  if (code === "EROFS" || code === "EACCES" || code === "EPERM")
    return new BackupError(`Cannot write to ${outDir} (${code}): the backup was not written. Choose another --out.`);
  return error;
}

async function writeArchive(url: string, clusterDir: string, file: string): Promise<{ files: number; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    throw new BackupError(`Could not connect to the embedded PostgreSQL: ${error.message}`);
  });
  const pack = tar.pack();
  const out = createWriteStream(file, { mode: 0o600 });
  // Level 1: a backup runs beside the app on the same cores; level 6 took three times the CPU
  // for an archive about a fifth smaller.
  const written = pipeline(pack, createGzip({ level: 1 }), out);
  // A failed write (a full disk) must stop the copy rather than stall it.
  const failed = written.then(
    () => undefined,
    (error: Error) => error,
  );
  try {
    const postgresVersion = await scalar(client, "SHOW server_version");
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`preflight_backup_${process.pid}`]);
    await client.query("SELECT pg_backup_start($1, fast => true)", [`preflight ${new Date().toISOString()}`]);
    const digests: FileDigest[] = [];
    const add = async (name: string, work: () => Promise<{ size: number; sha256: string } | null>) => {
      const result = await Promise.race([
        work(),
        failed.then((error) => (error ? Promise.reject(error) : new Promise<never>(() => undefined))),
      ]);
      if (result) digests.push({ path: name, ...result });
    };
    await copyTree(pack, clusterDir, "", add);
    const stop = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null; stop_file: string }>(
      "SELECT s.lsn::text AS lsn, s.labelfile, s.spcmapfile, pg_walfile_name(s.lsn) AS stop_file FROM pg_backup_stop(wait_for_archive => false) s",
    );
    const { lsn, labelfile, spcmapfile, stop_file } = stop.rows[0]!;
    const addText = (name: string, text: string) =>
      add(name, async () => {
        const content = Buffer.from(text, "utf8");
        return { size: content.length, sha256: await addBuffer(pack, name, content) };
      });
    await addText(`${DATA_PREFIX}backup_label`, labelfile);
    if (spcmapfile) await addText(`${DATA_PREFIX}tablespace_map`, spcmapfile);
    const startWal = startSegmentOf(labelfile);
    const walDir = path.join(clusterDir, "pg_wal");
    for (const segment of segmentsToCopy(await readdir(walDir), startWal, stop_file)) {
      await add(`${DATA_PREFIX}pg_wal/${segment}`, () => addLiveFile(pack, `${DATA_PREFIX}pg_wal/${segment}`, path.join(walDir, segment)));
    }
    await client.query("SELECT pg_drop_replication_slot($1)", [`preflight_backup_${process.pid}`]);
    const manifest: BackupManifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      postgresVersion,
      migrations,
      startWal,
      stopLsn: lsn,
      files: digests,
    };
    await addBuffer(pack, MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    pack.finalize();
    await written;
    return { files: digests.length, bytes: out.bytesWritten };
  } catch (error) {
    pack.destroy();
    await written.catch(() => undefined); // settles once every stream of the pipeline is closed
    throw error instanceof BackupError ? error : new BackupError(`The backup failed: ${(error as Error).message}`);
  } finally {
    // Ending the session also aborts a backup still in progress and drops the temporary slot.
    await client.end().catch(() => undefined);
  }
}

type Add = (name: string, work: () => Promise<{ size: number; sha256: string } | null>) => Promise<void>;

async function copyTree(pack: Pack, root: string, rel: string, add: Add): Promise<void> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return []; // a directory dropped during the copy
    throw error;
  });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink())
      throw new BackupError(`${child} is a symbolic link (a tablespace?): only a cluster without tablespaces can be backed up.`);
    if (entry.isDirectory()) {
      await addDirectory(pack, `${DATA_PREFIX}${child}`);
      if (!keptEmptyDirs().includes(child)) await copyTree(pack, root, child, add);
      continue;
    }
    if (!entry.isFile() || isExcluded(child)) continue;
    await add(`${DATA_PREFIX}${child}`, () => addLiveFile(pack, `${DATA_PREFIX}${child}`, path.join(root, child)));
  }
}

async function scalar(client: pg.Client, sql: string): Promise<string> {
  const { rows } = await client.query<Record<string, string>>(sql);
  return String(Object.values(rows[0] ?? {})[0] ?? "");
}
