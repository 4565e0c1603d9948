/**
 * Starts a real PostgreSQL server from the binaries in node_modules, with its cluster under
 * the app's data folder, and stops it again. Every failure a user can meet becomes one clear
 * line (PostgresStartError) instead of a stack trace.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { canTraverse, findBinaries, type OsUser } from "./postgres-binaries";
import { postgresOsUser } from "./os-user";
import { PostgresStartError } from "./start-error";

export { PostgresStartError };

export interface EmbeddedPostgresOptions {
  dataDir: string; // e.g. <checkout>/.data
  clusterName?: string; // folder under dataDir, "pg" by default
  port: number;
  database?: string;
  fresh?: boolean; // wipe the cluster first (test runs)
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

export const DB_USER = "preflight";

/** Where a cluster's files really are: <dataDir>/<clusterName>, or what that links to (root, see prepareClusterDir). */
export function clusterPath(dataDir: string, clusterName = "pg"): string {
  const link = path.join(dataDir, clusterName);
  return existsSync(link) && lstatSync(link).isSymbolicLink() ? path.resolve(path.dirname(link), readlinkSync(link)) : link;
}

/** The embedded server's superuser password, when a cluster was ever created under dataDir. */
export function readPassword(dataDir: string): string | null {
  const file = path.join(dataDir, "postgres-password");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

export function embeddedUrl(password: string, port: number, database = "preflight"): string {
  return `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const runAs = postgresOsUser();
  const binaries = findBinaries(runAs);
  const clusterDir = prepareClusterDir(options, runAs);
  const password = readOrCreatePassword(options.dataDir);
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) initCluster(binaries.initdb, clusterDir, password, runAs);
  await assertPortFree(options.port);
  const child = await launch(binaries.postgres, clusterDir, options.port, runAs, options.onLog);
  const database = options.database ?? "preflight";
  const base = `postgresql://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  try {
    await ensureDatabase(`${base}/postgres`, database);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url: `${base}/${database}`, stop: () => stopChild(child) };
}

/** The cluster lives at <dataDir>/<clusterName>; as root, somewhere `postgres` can reach, linked from there. */
function prepareClusterDir(options: EmbeddedPostgresOptions, runAs: OsUser | null): string {
  const link = path.join(options.dataDir, options.clusterName ?? "pg");
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw new PostgresStartError(`Data directory ${options.dataDir} is unusable: ${(error as Error).message}`);
  }
  let clusterDir = link;
  if (runAs && !canTraverse(options.dataDir, runAs)) {
    const key = createHash("sha256").update(path.resolve(link)).digest("hex").slice(0, 16);
    clusterDir = path.join("/var/tmp", `preflight-data-${key}`);
    if (!existsSync(link)) symlinkSync(clusterDir, link);
    else if (!lstatSync(link).isSymbolicLink()) clusterDir = link; // an existing real cluster: keep using it
  }
  if (options.fresh) rmSync(clusterDir, { recursive: true, force: true });
  if (existsSync(clusterDir) && !existsSync(path.join(clusterDir, "PG_VERSION")) && readdirSafe(clusterDir).length > 0) {
    throw new PostgresStartError(
      `Data directory ${clusterDir} is not empty and holds no PostgreSQL cluster: move it away or set PREFLIGHT_DATA_DIR.`,
    );
  }
  try {
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(clusterDir, runAs.uid, runAs.gid);
  } catch (error) {
    throw new PostgresStartError(`Data directory ${clusterDir} is unusable: ${(error as Error).message}`);
  }
  if (runAs && !canTraverse(clusterDir, runAs)) {
    throw new PostgresStartError(`Data directory ${clusterDir} is unusable: the postgres user cannot enter it.`);
  }
  return clusterDir;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new PostgresStartError(`Data directory ${dir} is unusable: ${(error as Error).message}`);
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  const existing = readPassword(dataDir);
  if (existing !== null) return existing;
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function initCluster(initdb: string, clusterDir: string, password: string, runAs: OsUser | null): void {
  const pwFile = path.join(os.tmpdir(), `preflight-pw-${process.pid}-${randomBytes(4).toString("hex")}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(pwFile, runAs.uid, runAs.gid);
  try {
    const result = spawnSync(
      initdb,
      [`--pgdata=${clusterDir}`, `--username=${DB_USER}`, `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale"],
      { ...(runAs ?? {}), encoding: "utf8", env: { ...process.env, LC_ALL: "C" } },
    );
    if (result.status !== 0) {
      const reason = lastMeaningfulLine(`${result.stderr ?? ""}${result.error?.message ?? ""}`);
      throw new PostgresStartError(`Could not create the database cluster in ${clusterDir}: ${reason}`);
    }
  } finally {
    rmSync(pwFile, { force: true });
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () =>
      reject(new PostgresStartError(`Port ${port} is already in use: stop what listens there or set PREFLIGHT_PG_PORT to a free port.`)),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

function launch(
  postgres: string,
  clusterDir: string,
  port: number,
  runAs: OsUser | null,
  onLog?: (line: string) => void,
): Promise<ChildProcess> {
  const args = [
    "-D",
    clusterDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
  ];
  const child = spawn(postgres, args, { ...(runAs ?? {}), stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_ALL: "C" } });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new PostgresStartError(`PostgreSQL did not become ready within 30 s: ${lastMeaningfulLine(output)}`));
    }, 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      onLog?.(text);
      if (text.includes("ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new PostgresStartError(`PostgreSQL could not be started: ${error.message}`));
    });
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new PostgresStartError(explainStartFailure(output, clusterDir, port)));
    });
  });
}

export function explainStartFailure(output: string, clusterDir: string, port: number): string {
  if (output.includes("Address already in use"))
    return `Port ${port} is already in use: stop what listens there or set PREFLIGHT_PG_PORT to a free port.`;
  if (output.includes("postmaster.pid"))
    return `Another PostgreSQL is already running on ${clusterDir}: stop it first (see ${path.join(clusterDir, "postmaster.pid")}).`;
  if (/permission denied|invalid permissions/i.test(output))
    return `Data directory ${clusterDir} is unusable: ${lastMeaningfulLine(output)}`;
  return `PostgreSQL stopped while starting: ${lastMeaningfulLine(output)}`;
}

function lastMeaningfulLine(output: string): string {
  const lines = output
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const fatal = lines.filter((l) => /FATAL|ERROR|error|denied|cannot|could not/.test(l)).pop();
  return (fatal ?? lines.pop() ?? "no output").replace(/^\S+ \S+ \S+ \[\d+\] /, "");
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGQUIT"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
  });
}
