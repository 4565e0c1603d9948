import "server-only";
import type { Action } from "@/lib/auth/roles";
import { AppError, httpStatusOf } from "@/lib/errors";
import { requireOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { RevisionConflictError, ValidationIssuesError } from "@/lib/assessments/save-assessment";
import { isCrossOrigin } from "./same-origin";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { databaseUnavailableResponse } from "./database-unavailable";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * A JSON response with its length declared: without it Next's compression gzips every
 * streamed body, however small — a zlib stream and its buffers per autosave, for a few bytes.
 */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  return new Response(text, {
    status,
    headers: { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(text)), ...NO_STORE, ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof RevisionConflictError) return json({ error: "conflict", message: error.message, current: error.current }, 409);
  if (error instanceof ValidationIssuesError) return json({ error: "validation", message: error.message, issues: error.issues }, 400);
  if (error instanceof AppError) return json({ error: error.code, message: error.message, fieldErrors: error.fieldErrors }, httpStatusOf(error));
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(error);
  console.error(error);
  return json({ error: "internal", message: "Something went wrong on our side. Try again." }, 500);
}

/**
 * Every organization route handler: same-origin check for writes, session and membership
 * with the permission (fail closed), then the handler; errors become JSON with a status.
 */
export async function orgRoute(request: Request, slug: string, permission: Action, handler: (ctx: OrgContext) => Promise<Response>): Promise<Response> {
  try {
    if (request.method !== "GET" && request.method !== "HEAD" && isCrossOrigin(request)) {
      return json({ error: "forbidden", message: "Cross-origin requests are not allowed." }, 403);
    }
    const ctx = await requireOrgAccess(slug, permission);
    return await handler(ctx);
  } catch (error) {
    return errorResponse(error);
  }
}
