import { logger } from "@/lib/observability/logger";
import { errorBody } from "./error-body";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  describeUnavailable,
  isDatabaseUnavailable,
} from "@/lib/db/unavailable";

/**
 * The answer of every route handler while PostgreSQL is down or restarting: retryable, so a
 * 503 that says when to try again, and one log line instead of a stack trace.
 */
export function databaseUnavailableResponse(error: unknown): Response {
  logger().warn({ event: "database.unavailable" }, describeUnavailable(error));
  return Response.json(errorBody("unavailable", DATABASE_UNAVAILABLE_MESSAGE), {
    status: 503,
    headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
  });
}

/** The 503 when `error` is a database outage; undefined for any other error, which the caller rethrows. */
export function outageResponse(error: unknown): Response | undefined {
  return isDatabaseUnavailable(error) ? databaseUnavailableResponse(error) : undefined;
}
