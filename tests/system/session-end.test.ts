/**
 * Issue #13, finding 5: a session cookie copied from a browser (a shared computer, malware, a
 * proxy log) must stop working when its session ends: on sign-out of that browser, on a
 * password change, on "sign out everywhere" from another browser. "Stop working" means all
 * three doors: pages, next-auth's session route (no session and no renewed cookie, which
 * would otherwise keep the copy alive until the 12-hour limit) and the autosave API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { actionOutcome } from "./support/outcome";
import { SystemStack } from "./support/stack";

const SLUG = "northwind-revenue-ops";
const COOKIE = "next-auth.session-token";
const PASSWORD = "preflight-demo";

let stack: SystemStack;
let projectId: string;

beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-session-end", appPort: 3230, pgPort: 15360, demo: true });
  const project = await stack.db.project.findFirstOrThrow({
    where: { organization: { slug: SLUG }, archivedAt: null, assessment: { isNot: null } },
    orderBy: { name: "asc" },
  });
  projectId = project.id;
});
afterAll(async () => stack?.close());

async function signedIn(email: string, password = PASSWORD): Promise<Session> {
  const session = new Session(stack.base);
  await session.signIn(email, password);
  return session;
}

/** A copy of this browser's session cookie, as it is now. */
const copyOf = (session: Session): string => session.cookie(COOKIE)!;

/** A client that sends the copied cookie, whatever the server answered to it before (a cleared cookie is not taken). */
function holding(token: string): Session {
  const client = new Session(stack.base);
  client.setCookie(COOKIE, token);
  return client;
}

/** What next-auth's sign-out link does: POST /api/auth/signout with its CSRF token. */
async function signOut(session: Session): Promise<void> {
  const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await session.request("POST", "/api/auth/signout", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(response.status).toBe(200);
}

interface Doors {
  page: number;
  /** The user next-auth's session route answers with, if any. */
  sessionUser: string | null;
  /** Whether the session route set a session cookie with a value (a renewal). */
  renewed: boolean;
  save: number;
}

/** Tries the cookie on a page, on the session route and on the autosave. */
async function tryDoors(token: string): Promise<Doors> {
  const page = await holding(token).get(`/o/${SLUG}/projects/${projectId}`);
  await page.arrayBuffer();
  const sessionResponse = await holding(token).get("/api/auth/session");
  const body = (await sessionResponse.json()) as { user?: { email?: string } };
  const renewed = sessionResponse.headers.getSetCookie().some((c) => c.startsWith(`${COOKIE}=`) && !c.startsWith(`${COOKIE}=;`));
  const revision = (await stack.db.assessment.findUniqueOrThrow({ where: { projectId } })).revision;
  const save = await holding(token).request("PUT", `/api/o/${SLUG}/projects/${projectId}/assessment`, {
    json: { baseRevision: revision, answers: {}, scores: {} },
  });
  await save.arrayBuffer();
  return { page: page.status, sessionUser: body.user?.email ?? null, renewed, save: save.status };
}

const open = (email: string): Doors => ({ page: 200, sessionUser: email, renewed: true, save: 200 });
const shut: Doors = { page: 307, sessionUser: null, renewed: false, save: 401 };

describe("a copied session cookie stops working when its session ends", () => {
  it("signing out ends that browser's session, and only that one", async () => {
    const browser = await signedIn("demo@preflight.local");
    const phone = await signedIn("demo@preflight.local");
    const copy = copyOf(browser);
    expect(await tryDoors(copy)).toEqual(open("demo@preflight.local"));
    await signOut(browser);
    expect(await tryDoors(copy)).toEqual(shut);
    // Still shut when tried again: the session route did not revive it.
    expect(await tryDoors(copy)).toEqual(shut);
    expect(await tryDoors(copyOf(phone))).toEqual(open("demo@preflight.local"));
  });

  it("signing out everywhere, from another browser, ends every session of the account", async () => {
    const browser = await signedIn("demo@preflight.local");
    const other = await signedIn("demo@preflight.local");
    const copy = copyOf(browser);
    expect(await tryDoors(copy)).toEqual(open("demo@preflight.local"));
    const outcome = await actionOutcome(other, { entry: "app/account/actions.ts#signOutEverywhereAction", fields: {}, params: {} });
    expect(outcome.verdict, outcome.body.slice(0, 300)).toBe("ok");
    for (const token of [copy, copyOf(other)]) expect(await tryDoors(token)).toEqual(shut);
    expect(await tryDoors(copyOf(await signedIn("demo@preflight.local")))).toEqual(open("demo@preflight.local"));
  });

  it("changing the password ends the sessions signed in with the old one", async () => {
    const browser = await signedIn("ops@preflight.local");
    const copy = copyOf(browser);
    expect(await tryDoors(copy)).toEqual(open("ops@preflight.local"));
    const newPassword = "a brand new passphrase";
    const fields = { currentPassword: PASSWORD, newPassword, confirmPassword: newPassword };
    const outcome = await actionOutcome(browser, { entry: "app/account/actions.ts#changePasswordAction", fields, params: {} });
    expect(outcome.verdict, outcome.body.slice(0, 300)).toBe("ok");
    expect(await tryDoors(copy)).toEqual(shut);
    expect(await tryDoors(copyOf(await signedIn("ops@preflight.local", newPassword)))).toEqual(open("ops@preflight.local"));
  });
});
