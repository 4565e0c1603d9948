import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

// One client per process, created on first use (so `next build` never needs a database)
// and kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { preflightPrisma?: PrismaClient };

/**
 * pg waits for a connection forever by default; while PostgreSQL is down or every connection
 * is busy, a request then hangs instead of failing. Past this it fails, and answers a 503.
 */
const CONNECTION_TIMEOUT_MS = 5_000;

/** The pool drops connections that break (a restart of PostgreSQL) and opens new ones on demand. */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForPrisma.preflightPrisma ??= createPrismaClient();
  return globalForPrisma.preflightPrisma;
}

export type Db = PrismaClient;
/** A client or an interactive transaction: data functions accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export { Prisma } from "@/lib/generated/prisma/client";
