import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE, describeUnavailable } from "@/lib/db/unavailable";

/**
 * The answer of every route handler while PostgreSQL is down or restarting: retryable, so a
 * 503 that says when to try again, and one log line instead of a stack trace.
 */
export function databaseUnavailableResponse(error: unknown): Response {
  console.warn(describeUnavailable(error));
  return Response.json(
    { error: "unavailable", message: DATABASE_UNAVAILABLE_MESSAGE },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
  );
}
