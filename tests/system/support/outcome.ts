/**
 * What became of one call to an entry point, reduced to a verdict the security tests can
 * compare: a route handler's status, or a server action's form state (actions answer 200
 * with a message, so the message tells refusals apart). An action that creates or leaves
 * something answers its success with a redirect instead (`redirect()` in the action).
 */
import type { ActionResult, Session } from "@/lib/cli/http/session";
import { serverActionsInBuild } from "./server-actions";

export type Verdict = "ok" | "unauthenticated" | "forbidden" | "not_found" | "invalid" | "other";

export interface Outcome {
  verdict: Verdict;
  status: number;
  /** The response body (or the action's RSC payload), for leak checks and failure messages. */
  body: string;
  /** A server action's returned form state. */
  value?: unknown;
  /** Where a server action sent the browser on success. */
  redirectTo?: string;
  /** A route handler's response headers. */
  headers?: Headers;
}

const redirectsToSignIn = (response: Response) =>
  [302, 303, 307, 308].includes(response.status) && (response.headers.get("location") ?? "").includes("/sign-in");

export function verdictOfStatus(status: number): Verdict {
  if (status >= 200 && status < 300) return "ok";
  const byStatus: Record<number, Verdict> = { 400: "invalid", 401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "invalid" };
  return byStatus[status] ?? "other";
}

export async function routeOutcome(response: Response): Promise<Outcome> {
  const body = await response.text();
  const verdict = redirectsToSignIn(response) ? "unauthenticated" : verdictOfStatus(response.status);
  return { verdict, status: response.status, body, headers: response.headers };
}

interface FormStateLike {
  ok?: unknown;
  message?: unknown;
  fieldErrors?: Record<string, unknown>;
}

export function verdictOfFormState(value: FormStateLike | undefined): Verdict {
  if (!value) return "other";
  if (value.ok === true) return "ok";
  const message = typeof value.message === "string" ? value.message : "";
  if (message === "Sign in to continue.") return "unauthenticated";
  if (/does not allow/.test(message)) return "forbidden";
  if (/was not found/.test(message)) return "not_found";
  return "invalid";
}

/**
 * A server action's answer as its form sees it: the form state it returned, or, when it
 * redirected, success with the place it went. Only a success redirects: refusals are form states.
 */
export function answerOf(result: ActionResult): unknown {
  return result.redirectTo === undefined ? result.value : { ok: true, redirectTo: result.redirectTo };
}

/** "app/o/[slug]/members/page" → "/o/<slug>/members", with the target's ids in place of the segments. */
export function pageUrl(entry: string, params: Record<string, string>): string {
  const pattern = entry
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
  const url = pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for [${name}] in ${entry}`);
    return encodeURIComponent(value);
  });
  return url === "" ? "/" : url;
}

export interface ActionCall {
  /** "app/o/[slug]/members/actions.ts#createInvitationAction". */
  entry: string;
  fields: Record<string, string | Blob>;
  /** Values for the dynamic segments of the page the action is posted from. */
  params: Record<string, string>;
}

/** Calls a `useActionState` action from its page the way React's client does. */
export async function actionOutcome(session: Session, call: ActionCall): Promise<Outcome> {
  const [file, name] = call.entry.split("#");
  const action = serverActionsInBuild().find((a) => a.file === file && a.name === name);
  if (!action) throw new Error(`server action ${call.entry} is not in the build`);
  const form = new FormData();
  for (const [key, value] of Object.entries(call.fields)) form.set(key, value);
  // Any page runs any action; the one with the fewest dynamic segments needs the fewest ids.
  const page = [...action.pages].sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0))[0]!;
  const path = pageUrl(page, call.params);
  const result = await session.callAction(action.id, path, [{ ok: false }, form]);
  // The only HTTP redirect an action call meets is the proxy sending a cookieless browser to sign in.
  if ([302, 303, 307, 308].includes(result.status)) return { verdict: "unauthenticated", status: result.status, body: result.text };
  const verdict = result.status === 200 ? verdictOfFormState(answerOf(result) as FormStateLike | undefined) : "other";
  return { verdict, status: result.status, body: result.text, value: result.value, redirectTo: result.redirectTo };
}
