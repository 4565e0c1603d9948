/**
 * What "a clear client error" means, as checks that return the reason a response is not
 * one (null when it is). A route handler answers a 4xx with JSON naming the field and the
 * problem; a server action answers `{ ok: false }` with a message or errors by field.
 */
import type { ActionResult } from "@/lib/cli/http/session";
import type { Segment } from "./hostile-json";

/** Locations that stand for the request as a whole. */
const WHOLE = new Set(["(root)", "(file)", "body", "file", "form", "url"]);

function onSameBranch(location: string, where: readonly Segment[]): boolean {
  if (WHOLE.has(location)) return true;
  const segments = location.split(".");
  const expected = where.map(String);
  const shorter = Math.min(segments.length, expected.length);
  return segments.slice(0, shorter).every((segment, index) => segment === expected[index]);
}

interface RouteError {
  error?: unknown;
  message?: unknown;
  issues?: { path?: unknown; message?: unknown }[];
  fieldErrors?: Record<string, unknown>;
}

/** Every place the answer names, with the problem it names there. */
function locations(body: RouteError): { location: string; problem: string }[] {
  const fromIssues = (Array.isArray(body.issues) ? body.issues : []).map((issue) => ({
    location: String(issue.path),
    problem: String(issue.message ?? ""),
  }));
  const fromFields = Object.entries(body.fieldErrors ?? {}).map(([location, problems]) => ({
    location,
    problem: Array.isArray(problems) ? problems.join(" ") : "",
  }));
  return [...fromIssues, ...fromFields];
}

export interface RouteExpectation {
  status: number[];
  /** The path the answer must name; "body" when the request text as a whole is wrong; null when naming the resource is enough (404). */
  where: readonly Segment[] | "body" | null;
}

export function routeRefusalProblem(status: number, text: string, expected: RouteExpectation): string | null {
  if (!expected.status.includes(status)) return `status ${status}, expected ${expected.status.join(" or ")}: ${text.slice(0, 300)}`;
  let body: RouteError;
  try {
    body = JSON.parse(text) as RouteError;
  } catch {
    return `the answer is not JSON: ${text.slice(0, 200)}`;
  }
  if (typeof body.error !== "string" || body.error === "internal") return `error code ${String(body.error)}`;
  if (typeof body.message !== "string" || body.message.trim() === "") return "no message";
  if (expected.where === null) return null;
  const named = locations(body).filter(({ problem }) => problem.trim() !== "");
  if (named.length === 0) return `names no field: ${text.slice(0, 300)}`;
  const where = expected.where;
  const matches =
    where === "body" ? named.some(({ location }) => WHOLE.has(location)) : named.some(({ location }) => onSameBranch(location, where));
  if (!matches)
    return `names ${named.map((n) => n.location).join(", ")} but the problem is at ${where === "body" ? "the body" : where.join(".") || "(root)"}`;
  return null;
}

/** A Flight row `<id>:E{...}` is an error thrown on the server: the browser shows the error page. */
const SERVER_ERROR_ROW = /^[0-9a-f]+:E\{/m;

export function actionRefusalProblem(result: ActionResult, field: string | null): string | null {
  if (result.status >= 500) return `status ${result.status}`;
  // A redirect's body is the page it went to, not the action's answer.
  if (result.redirectTo !== undefined) return `accepted: redirected to ${result.redirectTo}`;
  if (SERVER_ERROR_ROW.test(result.text)) return `the action threw: ${result.text.slice(0, 200)}`;
  const value = result.value as { ok?: unknown; message?: unknown; fieldErrors?: Record<string, unknown> } | undefined;
  if (value === undefined) return `no form state in the answer (status ${result.status}): ${result.text.slice(0, 200)}`;
  if (value.ok !== false) return `ok: ${String(value.ok)} ${JSON.stringify(value).slice(0, 200)}`;
  const fieldErrors = Object.entries(value.fieldErrors ?? {}).filter(
    ([, problems]) => Array.isArray(problems) && problems.some((p) => typeof p === "string" && p.trim() !== ""),
  );
  const hasMessage = typeof value.message === "string" && value.message.trim() !== "";
  if (!hasMessage && fieldErrors.length === 0) return `no message and no field errors: ${JSON.stringify(value)}`;
  if (field !== null && !fieldErrors.some(([name]) => name === field))
    return `does not name ${field}: ${JSON.stringify(value).slice(0, 300)}`;
  return null;
}
