import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

// One client per process, created on first use (so `next build` never needs a database)
// and kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { preflightPrisma?: PrismaClient; preflightPool?: pg.Pool };

/**
 * pg waits for a connection forever by default; while PostgreSQL is down or every connection
 * is busy, a request then hangs instead of failing. Past this it fails, and answers a 503.
 */
const CONNECTION_TIMEOUT_MS = 5_000;

/** Every pool's settings: the app's and those of scripts, tests and benchmarks. */
const poolConfig = (url: string): pg.PoolConfig => ({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });

/** The pool drops connections that break (a restart of PostgreSQL) and opens new ones on demand. */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolConfig(url)) });
}

/** The app's connection pool, shared by Prisma (`db()`) and the few hot-path statements written for pg directly (`sql()`). */
function pool(): pg.Pool {
  if (!globalForPrisma.preflightPool) {
    const created = new pg.Pool(poolConfig(databaseUrl()));
    // An idle connection that breaks (PostgreSQL restarting) is dropped by the pool and
    // replaced on demand; unheard, its error event would end the process.
    created.on("error", () => {});
    globalForPrisma.preflightPool = created;
  }
  return globalForPrisma.preflightPool;
}

/** For the metrics: connections open, idle and requests waiting for one; null before the pool's first use. */
export function poolUse(): { total: number; idle: number; waiting: number; max: number } | null {
  const current = globalForPrisma.preflightPool;
  return current
    ? { total: current.totalCount, idle: current.idleCount, waiting: current.waitingCount, max: current.options.max ?? 10 }
    : null;
}

export function db(): PrismaClient {
  globalForPrisma.preflightPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForPrisma.preflightPrisma;
}

/**
 * Plain pg for the statements every autosave runs (the guard, the draft's read and its
 * guarded write): they skip Prisma's query interpretation and result mapping, a sizeable
 * share of a save's CPU, and run as named prepared statements, which PostgreSQL parses and
 * plans once per connection instead of on every save. Positional parameters only. pg maps `timestamp` columns by the
 * server process's time zone: read them `AT TIME ZONE 'UTC'` (as timestamptz) and pass
 * times as ISO strings.
 */
export async function sql<Row extends pg.QueryResultRow>(name: string, text: string, values: readonly unknown[]): Promise<Row[]> {
  const result = await pool().query<Row>({ name, text, values: values as unknown[] });
  return result.rows;
}

export type Db = PrismaClient;
/** A client or an interactive transaction: data functions accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export { Prisma } from "@/lib/generated/prisma/client";
