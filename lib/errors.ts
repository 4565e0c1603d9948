/**
 * Expected failures carry a code and a message meant for the user; they are mapped to
 * HTTP statuses and form errors in one place. Anything else is a bug: thrown, logged,
 * and shown as a generic message.
 */
export type AppErrorCode =
  "unauthenticated" | "forbidden" | "not_found" | "conflict" | "validation" | "too_large" | "rate_limited" | "unavailable";

/**
 * Errors thrown while rendering a page reach the browser with only their digest (the message
 * is withheld in production), so the page guard re-throws a database outage with this digest
 * and error.tsx can say what happened.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "PREFLIGHT_DATABASE_UNAVAILABLE";

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    public readonly fieldErrors: Record<string, string[]> = {},
    /** More for the client, carried in the JSON body beside the message (a conflict's current state, a document's issues). */
    public readonly details: Readonly<Record<string, unknown>> = {},
    /** For rate_limited and unavailable: when trying again makes sense (the Retry-After header). */
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "This page") => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message = "Your role does not allow this.") => new AppError("forbidden", message);

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 400,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export function httpStatusOf(error: AppError): number {
  return STATUS[error.code];
}
