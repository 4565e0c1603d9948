import "server-only";
import type { Action } from "@/lib/auth/roles";
import { AppError, httpStatusOf } from "@/lib/errors";
import { requireOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { RevisionConflictError, ValidationIssuesError } from "@/lib/assessments/save-assessment";

const NO_STORE = { "Cache-Control": "no-store" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** Browsers send Origin with every cross-site write; one that is not ours is refused. */
function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof RevisionConflictError) return json({ error: "conflict", message: error.message, current: error.current }, 409);
  if (error instanceof ValidationIssuesError) return json({ error: "validation", message: error.message, issues: error.issues }, 400);
  if (error instanceof AppError) return json({ error: error.code, message: error.message, fieldErrors: error.fieldErrors }, httpStatusOf(error));
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
