import type { AppErrorCode } from "@/lib/errors";

/** Codes a JSON error can carry: the expected failures, an outage, and the catch-all. */
export type ErrorCode = AppErrorCode | "unavailable" | "internal";

/**
 * The one shape of every JSON error this app sends (route handlers, next-auth's route, the
 * proxy): `error` is the code a client branches on, `message` what a person reads, and any
 * details (field errors, a conflict's current state, a retry delay) sit beside them.
 */
export function errorBody(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
  return { ...details, error: code, message };
}
