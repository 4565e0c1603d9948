/**
 * The one way every command gets a database: the server in DATABASE_URL when set (nothing is
 * started), otherwise the embedded PostgreSQL under the data folder. Pending migrations are
 * applied either way.
 */
import path from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { migrate } from "./migrate";

export interface OpenDatabaseOptions {
  fresh?: boolean;
  clusterName?: string;
  port?: number;
  log?: (line: string) => void;
}

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  appliedMigrations: string[];
  close: () => Promise<void>;
}

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export function dataDir(): string {
  return path.resolve(repoRoot, env().PREFLIGHT_DATA_DIR ?? ".data");
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const configured = env().DATABASE_URL;
  let running: RunningPostgres | null = null;
  let url: string;
  if (configured) {
    url = configured;
  } else {
    running = await startEmbeddedPostgres({
      dataDir: dataDir(),
      clusterName: options.clusterName,
      port: options.port ?? env().PREFLIGHT_PG_PORT,
      fresh: options.fresh,
    });
    url = running.url;
  }
  try {
    const appliedMigrations = await migrate(url, path.join(repoRoot, "prisma", "migrations"));
    for (const name of appliedMigrations) options.log?.(`applied migration ${name}`);
    return { url, embedded: running !== null, appliedMigrations, close: async () => running?.stop() };
  } catch (error) {
    await running?.stop();
    throw error;
  }
}
