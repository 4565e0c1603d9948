import "server-only";
import type { Action } from "@/lib/auth/roles";
import { AppError, httpStatusOf } from "@/lib/errors";
import { requireOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { errorFields, logger } from "@/lib/observability/logger";
import { isCrossOrigin } from "./same-origin";
import { outageResponse } from "./database-unavailable";
import { errorBody } from "./error-body";

/** Below this, gzip saves a few bytes and costs a zlib stream per response (the compressor's own default). */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A JSON response, never stored. Next compresses every route-handler body it streams,
 * however small (it drops Content-Length, so the compressor's size threshold never
 * applies): small bodies — an autosave's answer, a health check — say `no-transform`,
 * which the compressor honours, and go out as they are.
 */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const cacheControl = Buffer.byteLength(text) < COMPRESS_FROM_BYTES ? "no-store, no-transform" : "no-store";
  return new Response(text, { status, headers: { "Content-Type": "application/json", "Cache-Control": cacheControl, ...headers } });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const retry: Record<string, string> =
      error.retryAfterSeconds === undefined ? {} : { "Retry-After": String(Math.max(1, Math.ceil(error.retryAfterSeconds))) };
    return json(errorBody(error.code, error.message, { fieldErrors: error.fieldErrors, ...error.details }), httpStatusOf(error), retry);
  }
  const outage = outageResponse(error);
  if (outage) return outage;
  logger().error({ event: "route.failed", ...errorFields(error) }, "a route handler failed");
  return json(errorBody("internal", "Something went wrong on our side. Try again."), 500);
}

/**
 * Every organization route handler: same-origin check for writes, session and membership
 * with the permission (fail closed), then the handler; errors become JSON with a status.
 */
export async function orgRoute(
  request: Request,
  slug: string,
  permission: Action,
  handler: (ctx: OrgContext) => Promise<Response>,
): Promise<Response> {
  return guardedRoute(request, () => requireOrgAccess(slug, permission), handler);
}

/**
 * orgRoute with a guard of its own, one that also reads what the handler needs in the same
 * statement (see openDraftForSave). The guard must check session, membership and
 * permission as requireOrgAccess does.
 */
export async function guardedRoute<T>(
  request: Request,
  guard: () => Promise<T>,
  handler: (guarded: T) => Promise<Response>,
): Promise<Response> {
  try {
    if (request.method !== "GET" && request.method !== "HEAD" && isCrossOrigin(request)) {
      return json(errorBody("forbidden", "Cross-origin requests are not allowed."), 403);
    }
    return await handler(await guard());
  } catch (error) {
    return errorResponse(error);
  }
}
