/**
 * Known Next.js and next-auth traps, against the production server: the middleware bypass of
 * CVE-2025-29927 (`x-middleware-subrequest`), cross-origin writes to route handlers and server
 * actions, open redirects through `callbackUrl`, and pages that send the browser more than
 * its user may see (password hashes, the secret, others' sessions, other organizations).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { callbackPathProp, hostileCallbacksFor, staysOn } from "./support/callback-urls";
import { COVERAGE } from "./support/coverage";
import { ROUTES } from "./support/coverage/routes";
import { HeaderSession } from "./support/header-session";
import { concretePages, fetchRsc, victimPageIds, type ConcretePage } from "./support/pages";
import { SYSTEM_TEST_SECRET, type SystemStack } from "./support/stack";
import { victimState } from "./support/victim-state";
import { DEMO_PASSWORD, OUTSIDER, startWorld, signedOut, type World } from "./support/world";

let stack: SystemStack;
let world: World;
let victimPages: ConcretePage[];

beforeAll(async () => {
  ({ stack, world } = await startWorld());
  victimPages = concretePages(victimPageIds(world.victim));
});
afterAll(async () => stack?.close());

const protectedPages = () => victimPages.filter((p) => !p.public);
const orgReads = ROUTES.filter((r) => r.entry.startsWith("app/api/o/") && r.entry.endsWith(" GET"));
const victimSecrets = () => [world.victim.name, ...world.victim.projectNames];
const found = (body: string, secrets: string[]) => secrets.filter((s) => body.includes(s));
const victimRows = () => victimState(stack.db, world.victim.organizationId, world.victim.userIds);

describe("CVE-2025-29927: x-middleware-subrequest does not skip the guards", () => {
  const repeat = (value: string) => Array.from({ length: 5 }, () => value).join(":");
  const values = [
    "middleware",
    "src/middleware",
    "pages/_middleware",
    "_middleware",
    repeat("middleware"),
    repeat("src/middleware"),
    "proxy",
    "src/proxy",
    repeat("proxy"),
    repeat("src/proxy"),
  ];

  it.each(values)(
    "%s: signed out (or with a forged session) every protected page sends you to sign in and every API refuses, with no data",
    async (value) => {
      const problems: string[] = [];
      for (const forgedCookie of [false, true]) {
        const visitor = new HeaderSession(stack.base);
        if (forgedCookie) visitor.setCookie("next-auth.session-token", "forged.session.token");
        visitor.extraHeaders = { "x-middleware-subrequest": value };
        for (const page of protectedPages()) {
          const response = await visitor.get(page.url);
          const body = await response.text();
          const location = new URL(response.headers.get("location") ?? "/", stack.base).pathname;
          if (response.status !== 307 || location !== "/sign-in") problems.push(`${page.url}: ${response.status} → ${location}`);
          if (found(body, victimSecrets()).length > 0) problems.push(`${page.url} sent ${found(body, victimSecrets()).join(", ")}`);
        }
        for (const route of orgReads) {
          const outcome = await route.call(visitor, world.victim);
          if (outcome.status !== 401 || found(outcome.body, victimSecrets()).length > 0) problems.push(`${route.entry}: ${outcome.status}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it("as a member of another organization, the header does not open the victim's organization", async () => {
    const outsider = new HeaderSession(stack.base);
    await outsider.signIn(OUTSIDER.email, OUTSIDER.password);
    for (const value of values) {
      outsider.extraHeaders = { "x-middleware-subrequest": value };
      const page = await outsider.get(`/o/${world.victim.slug}`);
      expect(page.status).toBe(404);
      expect(found(await page.text(), victimSecrets())).toEqual([]);
      for (const route of orgReads) expect((await route.call(outsider, world.victim)).status, route.entry).toBe(404);
    }
  });
});

describe("cross-origin writes are refused", () => {
  it("every write route handler and every server action, called by someone allowed but from a foreign Origin, is refused and changes nothing", async () => {
    const foreign: Record<string, HeaderSession> = {
      owner: new HeaderSession(stack.base),
      viewer: new HeaderSession(stack.base),
      outsider: new HeaderSession(stack.base),
      "signed-out": new HeaderSession(stack.base),
    };
    await foreign.owner!.signIn("demo@preflight.local", DEMO_PASSWORD);
    await foreign.viewer!.signIn("exec@preflight.local", DEMO_PASSWORD);
    await foreign.outsider!.signIn(OUTSIDER.email, OUTSIDER.password);
    for (const session of Object.values(foreign)) session.extraHeaders = { origin: "https://evil.example" };
    const writes = COVERAGE.filter((c) => !c.entry.endsWith(" GET"));
    expect(writes.length).toBeGreaterThan(15);
    for (const c of writes) {
      const before = await victimRows();
      const outcome = await (c.legit.call ?? c.call)(foreign[c.legit.as]!, world.victim);
      expect(outcome.status, `${c.entry}: ${outcome.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(outcome.verdict, c.entry).not.toBe("ok");
      expect(await victimRows(), `${c.entry} changed the victim's rows`).toEqual(before);
    }
    // The signed-out caller tried a correct sign-in: it must not have got a session.
    expect(foreign["signed-out"]!.cookie("next-auth.session-token")).toBeUndefined();
  });
});

describe("callbackUrl never leads off our origin", () => {
  const values = () => hostileCallbacksFor(stack.base);
  const query = (value: string) => `callbackUrl=${encodeURIComponent(value)}`;

  it("the sign-in and sign-up forms, signed out, are told to go somewhere on our origin", async () => {
    const visitor = signedOut(stack.base);
    const problems: string[] = [];
    for (const value of values()) {
      for (const page of ["/sign-in", "/sign-up"]) {
        const response = await fetchRsc(visitor, `${page}?${query(value)}`);
        const target = callbackPathProp(await response.text());
        if (response.status !== 200 || target === undefined)
          problems.push(`${page} ${JSON.stringify(value)}: ${response.status}, no callbackPath`);
        // The sign-up form goes home when its callbackPath is empty.
        else if (!staysOn(stack.base, target || "/")) problems.push(`${page} ${JSON.stringify(value)} → ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("signed in, the sign-in and sign-up pages redirect somewhere on our origin", async () => {
    const problems: string[] = [];
    for (const value of values()) {
      for (const page of ["/sign-in", "/sign-up"]) {
        const response = await world.viewer.get(`${page}?${query(value)}`);
        const location = response.headers.get("location") ?? "";
        if (response.status !== 307 || !staysOn(stack.base, location))
          problems.push(`${page} ${JSON.stringify(value)}: ${response.status} → ${location}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("next-auth's sign-in, sign-out and sign-in page redirects stay on our origin", async () => {
    const problems: string[] = [];
    const check = (what: string, value: string, status: number, target: string | null | undefined) => {
      if (status >= 400 || !target || !staysOn(stack.base, target))
        problems.push(`${what} ${JSON.stringify(value)}: ${status} → ${target}`);
    };
    for (const value of values()) {
      const session = new Session(stack.base);
      const csrf = ((await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
      const form = (fields: Record<string, string>) => ({
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken: csrf, callbackUrl: value, ...fields }),
      });
      const page = await session.get(`/api/auth/signin?${query(value)}`);
      const location = page.headers.get("location");
      check("GET /api/auth/signin", value, page.status, location);
      // It hands the value on to our sign-in page, which must keep it on our origin too.
      check(
        "GET /api/auth/signin, callbackUrl passed on",
        value,
        page.status,
        new URL(location ?? "/", stack.base).searchParams.get("callbackUrl") ?? "/",
      );
      const signIn = await session.request(
        "POST",
        "/api/auth/callback/credentials",
        form({ email: "exec@preflight.local", password: DEMO_PASSWORD, json: "true" }),
      );
      check("sign-in", value, signIn.status, ((await signIn.json().catch(() => ({}))) as { url?: string }).url);
      const signInForm = await session.request(
        "POST",
        "/api/auth/callback/credentials",
        form({ email: "exec@preflight.local", password: DEMO_PASSWORD }),
      );
      check("sign-in without json", value, signInForm.status, signInForm.headers.get("location"));
      const signOut = await session.request("POST", "/api/auth/signout", form({ json: "true" }));
      check("sign-out", value, signOut.status, ((await signOut.json().catch(() => ({}))) as { url?: string }).url);
    }
    expect(problems).toEqual([]);
  });
});

describe("pages send the browser nothing its user may not see", () => {
  const bodiesOf = async (session: Session, url: string) => {
    const html = await session.get(url);
    const rsc = await fetchRsc(session, url);
    return { status: html.status, body: `${await html.text()}\n${await rsc.text()}` };
  };
  const alwaysSecret = () => ["$argon2", SYSTEM_TEST_SECRET];
  const tokenOf = (session: Session) => session.cookie("next-auth.session-token")!;

  it("a viewer's pages hold no password hash, no secret, no one else's session, no other organization", async () => {
    const globex = await stack.db.organization.findUniqueOrThrow({
      where: { slug: "globex-customer-support" },
      include: { projects: true },
    });
    const mallory = await stack.db.organization.findUniqueOrThrow({
      where: { id: world.outsiderOrg.organizationId },
      include: { projects: true },
    });
    const secrets = [
      ...alwaysSecret(),
      tokenOf(world.owner),
      tokenOf(world.outsider),
      globex.name,
      ...globex.projects.map((p) => p.name),
      mallory.name,
      ...mallory.projects.map((p) => p.name),
    ];
    const problems: Record<string, string[]> = {};
    for (const page of victimPages) {
      const { body } = await bodiesOf(world.viewer, page.url);
      if (found(body, secrets).length > 0) problems[page.url] = found(body, secrets);
    }
    expect(problems).toEqual({});
  });

  it("a member of another organization sees none of the victim's data on any of their own pages", async () => {
    const own = concretePages({
      slug: world.outsiderOrg.slug,
      projectId: world.outsiderOrg.projectId,
      token: "no-such-invitation-token-000",
      snapshots: ["draft", "draft"],
    });
    const users = await stack.db.user.findMany({ where: { id: { in: world.victim.userIds } } });
    const secrets = [...alwaysSecret(), tokenOf(world.owner), tokenOf(world.viewer), ...victimSecrets(), ...users.map((u) => u.email)];
    const problems: Record<string, string[]> = {};
    for (const page of own) {
      const { status, body } = await bodiesOf(world.outsider, page.url);
      // The made-up invitation token is an unusable link, which answers 404 by design.
      const unusableInvitation = page.pattern === "/invite/[token]" && status === 404;
      // The organization has no snapshot, so the snapshot page gets a made-up id: 404 by design too.
      const noSuchSnapshot = page.pattern === "/o/[slug]/projects/[projectId]/snapshots/[snapshotId]" && status === 404;
      if (status >= 400 && !unusableInvitation && !noSuchSnapshot) problems[page.url] = [`status ${status}`];
      else if (found(body, secrets).length > 0) problems[page.url] = found(body, secrets);
    }
    expect(problems).toEqual({});
  });

  it("a member of another organization opening the victim's pages, under either organization, gets 404 and no data", async () => {
    const own = world.outsiderOrg;
    const underOwnSlug = concretePages({ ...victimPageIds(world.victim), slug: own.slug });
    const ownProjectVictimSnapshots = `/o/${own.slug}/projects/${own.projectId}/snapshots/compare?a=${world.victim.snapshotId}&b=${world.victim.olderSnapshotId}`;
    const urls = [
      ...victimPages.filter((p) => p.url.startsWith(`/o/${world.victim.slug}`)).map((p) => p.url),
      ...underOwnSlug.filter((p) => p.url.includes(world.victim.projectId)).map((p) => p.url),
      ownProjectVictimSnapshots,
    ];
    const problems: Record<string, string[]> = {};
    for (const url of urls) {
      const { status, body } = await bodiesOf(world.outsider, url);
      const leaked = found(body, victimSecrets());
      if (status !== 404 || leaked.length > 0) problems[url] = [`status ${status}`, ...leaked];
    }
    expect(problems).toEqual({});
  });
});
