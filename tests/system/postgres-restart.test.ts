/**
 * PostgreSQL stops under load and starts again, the app is not restarted. While it is down
 * every request fails fast and clearly: route handlers and the health check answer 503 with
 * "temporarily unavailable" and Retry-After, server actions return that as a form error,
 * pages answer 500 (App Router pages cannot choose another status) with an error page that
 * says so once it renders in the browser; nothing hangs, nothing leaks a stack trace. Once it
 * is back, every kind of request succeeds again within seconds, and an open error page
 * recovers by itself.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { assessmentUrl } from "@/components/workspace/save-request";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";
import { browserFor, type SignedInBrowser } from "./support/browser";
import { actionId } from "./support/server-actions";
import { answerOf, leaksInternals, probeLoop, REQUEST_TIMEOUT_MS, type Observation, type Probe } from "./support/probes";
import { SystemStack } from "./support/stack";

const SLUG = "northwind-revenue-ops";
const UNAVAILABLE = /temporarily unavailable/i;
const HEALTHY_MS = 2_000;
const DOWN_MS = 3_000;
/** How long after PostgreSQL accepts connections again every kind of request must succeed. */
const RECOVERY_LIMIT_MS = 5_000;
/** The error page polls the health check every 3 s before it re-renders. */
const PAGE_RECOVERY_LIMIT_MS = 8_000;

let stack: SystemStack;
let browser: SignedInBrowser | undefined;
beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-pgrestart", appPort: 3225, pgPort: 15355, demo: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true }));
}

interface ProjectRow {
  id: string;
  name: string;
  description: string;
  systems: string[];
  ownerId: string | null;
}

/** The project settings form, sent unchanged: an action that reads and writes, and can be repeated. */
function settingsForm(project: ProjectRow): FormData {
  const form = new FormData();
  form.set("orgSlug", SLUG);
  form.set("projectId", project.id);
  form.set("name", project.name);
  form.set("description", project.description);
  for (const system of project.systems) form.append("systems", system);
  form.set("ownerId", project.ownerId ?? "__none");
  return form;
}

function probes(project: ProjectRow): Probe[] {
  const url = assessmentUrl(SLUG, project.id);
  const update = actionId("app/o/[slug]/projects/actions.ts", "updateProjectAction");
  let revision = -1;
  let saves = 0;
  const isJson200 = (o: Observation) => o.status === 200 && o.contentType.includes("json");
  return [
    {
      name: "portfolio page",
      send: async (s, signal) => answerOf(await s.request("GET", `/o/${SLUG}`, { signal })),
      ok: (o) => o.status === 200 && o.body.includes("readiness portfolio"),
    },
    {
      name: "portfolio.csv",
      send: async (s, signal) => answerOf(await s.request("GET", `/api/o/${SLUG}/portfolio.csv`, { signal })),
      ok: (o) => o.status === 200 && o.contentType.includes("text/csv"),
    },
    { name: "health", send: async (s, signal) => answerOf(await s.request("GET", "/api/health", { signal })), ok: isJson200 },
    {
      name: "autosave",
      send: async (s, signal) => {
        if (revision < 0) revision = ((await (await s.request("GET", url, { signal })).json()) as { revision: number }).revision;
        saves += 1;
        const json = { baseRevision: revision, answers: { workflow: { name: `restart save ${saves}` } }, scores: {} };
        const answer = await answerOf(await s.request("PUT", url, { json, signal }));
        const body = JSON.parse(answer.body || "{}") as { revision?: number; current?: { revision: number } };
        revision = body.revision ?? body.current?.revision ?? revision;
        return answer;
      },
      ok: isJson200,
    },
    {
      name: "server action",
      send: async (s, signal) => {
        const page = `/o/${SLUG}/projects/${project.id}/settings`;
        const result = await Promise.race([s.callAction(update, page, [{ ok: false }, settingsForm(project)]), untilAborted(signal)]);
        return { status: result.status, contentType: "text/x-component", retryAfter: null, body: result.text, value: result.value };
      },
      ok: (o) => o.status === 200 && (o.value as { ok?: boolean } | undefined)?.ok === true,
    },
  ];
}

/** A sign-in attempt as the sign-in form sends it (components/auth/credentials-sign-in.ts). */
async function signInAttempt(): Promise<Response> {
  const session = new Session(stack.base);
  const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const body = new URLSearchParams({ email: "ops@preflight.local", password: "preflight-demo", csrfToken, json: "true" });
  return session.request("POST", "/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
}

const between = (log: Observation[], from: number, to: number) => log.filter((o) => o.sentAt >= from && o.doneAt <= to);
const byProbe = (log: Observation[], name: string) => log.filter((o) => o.probe === name);
const show = (o: Observation) => `${o.probe}: ${o.status} ${o.body.slice(0, 200)}`;

it("answers 503 'temporarily unavailable' while PostgreSQL is down and recovers by itself when it is back", async () => {
  const session = new Session(stack.base);
  await session.signIn("demo@preflight.local", "preflight-demo");
  const project = await stack.db.project.findFirstOrThrow({
    where: { organization: { slug: SLUG }, archivedAt: null },
    orderBy: { name: "asc" },
  });
  const all = probes(project);
  const log: Observation[] = [];
  browser = await browserFor(session);
  const { page } = browser;
  const heading = (name: RegExp) => page.getByRole("heading", { level: 1, name });
  let running = true;
  const load = probeLoop(session, all, () => running, log);

  await page.goto(`${stack.base}/o/${SLUG}`);
  await heading(/readiness portfolio/).waitFor({ timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, HEALTHY_MS));
  const stopping = Date.now();
  await stack.stopPostgres();
  const down = Date.now();
  // A person opening the portfolio now sees what is wrong, then the page mends itself.
  await Promise.all([new Promise((resolve) => setTimeout(resolve, DOWN_MS)), page.goto(`${stack.base}/o/${SLUG}`)]);
  await heading(UNAVAILABLE).waitFor({ timeout: 10_000 });
  const signIn = await signInAttempt();
  const starting = Date.now();
  await stack.startPostgres();
  const up = Date.now();
  const pageBack = heading(/readiness portfolio/)
    .waitFor({ timeout: PAGE_RECOVERY_LIMIT_MS })
    .then(() => Date.now() - up);
  const recovered = new Map<string, number>();
  while (recovered.size < all.length && Date.now() - up < RECOVERY_LIMIT_MS + REQUEST_TIMEOUT_MS) {
    for (const probe of all) {
      const first = byProbe(log, probe.name).find((o) => o.sentAt >= up && probe.ok(o));
      if (first && !recovered.has(probe.name)) recovered.set(probe.name, first.doneAt - up);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const pageRecovery = await pageBack;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  running = false;
  await load;

  const slowest = Math.max(...log.map((o) => o.doneAt - o.sentAt));
  console.log(
    `PostgreSQL stopped in ${down - stopping} ms, down ${starting - down} ms, started in ${up - starting} ms; ` +
      `${log.length} requests, slowest ${slowest} ms; recovered after it accepted connections: ` +
      [...recovered].map(([name, ms]) => `${name} ${ms} ms`).join(", ") +
      `; the open error page showed the portfolio again after ${pageRecovery} ms`,
  );

  // Before: everything is served.
  const healthy = between(log, 0, stopping);
  for (const probe of all)
    expect(
      byProbe(healthy, probe.name)
        .filter((o) => !probe.ok(o))
        .map(show),
      `${probe.name} before the stop`,
    ).toEqual([]);
  for (const probe of all) expect(byProbe(healthy, probe.name).length, `${probe.name} was sent before the stop`).toBeGreaterThan(0);

  // Throughout, stop and start included: nothing hangs, no internals leak, route handlers never 500.
  expect(log.filter((o) => o.status === "timeout" || o.status === "network").map(show)).toEqual([]);
  expect(slowest, "no request hangs").toBeLessThan(REQUEST_TIMEOUT_MS);
  expect(log.filter((o) => leaksInternals(o.body)).map(show)).toEqual([]);
  const handlers = ["portfolio.csv", "health", "autosave"];
  expect(log.filter((o) => handlers.includes(o.probe) && o.status !== 200 && o.status !== 409 && o.status !== 503).map(show)).toEqual([]);

  // Down: each kind of request fails clearly.
  const outage = between(log, down, starting);
  for (const probe of all)
    expect(byProbe(outage, probe.name).length, `${probe.name} was sent while PostgreSQL was down`).toBeGreaterThan(0);
  for (const o of outage.filter((x) => handlers.includes(x.probe))) {
    expect(o.status, show(o)).toBe(503);
    expect(o.contentType).toContain("application/json");
    expect((JSON.parse(o.body) as { message: string }).message).toMatch(UNAVAILABLE);
    expect(Number(o.retryAfter)).toBeGreaterThan(0);
  }
  for (const o of byProbe(outage, "server action")) {
    expect(o.status, show(o)).toBe(200);
    expect(o.value, show(o)).toMatchObject({ ok: false, message: expect.stringMatching(UNAVAILABLE) });
  }
  for (const o of byProbe(outage, "portfolio page")) {
    expect(o.status, show(o)).toBe(500);
    expect(o.body, "the page carries the outage's digest, which error.tsx names").toContain(DATABASE_UNAVAILABLE_DIGEST);
  }

  // Signing in says the same, not "wrong password".
  expect(signIn.status).toBe(503);
  expect(((await signIn.json()) as { message: string }).message).toMatch(UNAVAILABLE);

  // Back: every kind of request is served again within seconds, without restarting the app.
  for (const probe of all) {
    expect(recovered.get(probe.name), `${probe.name} recovers`).toBeDefined();
    expect(recovered.get(probe.name)!).toBeLessThan(RECOVERY_LIMIT_MS);
  }
  const after = log.filter((o) => o.sentAt >= up + Math.max(...recovered.values()));
  for (const probe of all)
    expect(
      byProbe(after, probe.name)
        .filter((o) => !probe.ok(o))
        .map(show),
      `${probe.name} after recovery`,
    ).toEqual([]);
});
