/**
 * Recognizes "the database cannot be reached right now" among the errors Prisma, its pg
 * driver adapter and pg itself throw, so that an outage or a restart of PostgreSQL reads as
 * a clear, retryable 503 instead of a 500 with a stack trace. Pure (no Prisma import): the
 * shapes are matched by their codes, which are what the libraries document.
 */

import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is temporarily unavailable. Try again in a moment.";
/** Seconds a client should wait before retrying; PostgreSQL restarts take a few seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Prisma: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection, P2024 pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** What the pg adapter calls a lost or unreachable server (`meta.driverAdapterError.cause.kind`). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Node socket errors on the way to the server. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/** pg's own messages for a connection that died or never came, which carry no code. */
const PG_MESSAGES = [/^Connection terminated/i, /^timeout exceeded when trying to connect/i, /is not queryable/i, /^Client was closed/i];

/**
 * SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown,
 * cannot connect now: starting up or shutting down) and 53300 (too many connections): the
 * server is restarting or overloaded, not the query wrong.
 */
function isUnavailableSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === "53300";
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function matchesItself(error: unknown): boolean {
  if (fieldOf(error, "digest") === DATABASE_UNAVAILABLE_DIGEST) return true;
  const code = text(fieldOf(error, "code")) || text(fieldOf(error, "errorCode"));
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || isUnavailableSqlState(code)) return true;
  // P2028 also covers a transaction that outlived its own timeout, which is a bug, not an outage.
  const message = text(fieldOf(error, "message"));
  if (code === "P2028" && /unable to start a transaction/i.test(message)) return true;
  if (ADAPTER_KINDS.has(text(fieldOf(error, "kind")))) return true;
  const original = text(fieldOf(error, "originalCode"));
  if (original && isUnavailableSqlState(original)) return true;
  return PG_MESSAGES.some((pattern) => pattern.test(message.trim()));
}

/** True when `error` (or what it wraps) says the database is down, restarting or out of connections. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  if (matchesItself(error)) return true;
  const adapterError = fieldOf(fieldOf(error, "meta"), "driverAdapterError");
  return [fieldOf(error, "cause"), adapterError, fieldOf(adapterError, "cause")].some(
    (inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1),
  );
}

/** One line for the server log: an outage is expected to pass, its stack trace says nothing. */
export function describeUnavailable(error: unknown): string {
  const message = text(fieldOf(error, "message")).trim().split("\n").pop() ?? "";
  return `database unavailable: ${message || String(error)}`;
}

/** Thrown by page guards in place of the driver's error: its digest survives to error.tsx. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(options?: { cause?: unknown }) {
    super(DATABASE_UNAVAILABLE_MESSAGE, options);
    this.name = "DatabaseUnavailableError";
  }
}
