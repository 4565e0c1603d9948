/**
 * Issue #19, "several machines, proven": two app instances on one PostgreSQL behind Debian's
 * nginx (round-robin on loopback), as the README's "Deploying" section sets them up. Sessions,
 * sign-out and the sign-in throttle must hold whichever instance answers; autosave with
 * conflicts and PDF exports work through the balancer; killing one instance mid-load loses
 * no acknowledged save, and the balancer takes it back once it is up again.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { flatText } from "../unit/reports/fixtures";
import { AppProcess } from "./support/app-process";
import { verifyAssessment } from "./support/audit-chain";
import { addDemoEditors, baselines, DEMO_PASSWORD, DEMO_SLUG, demoProjectIds, loadFor, signedInEditors } from "./support/demo-editors";
import { Nginx } from "./support/nginx";
import { SaveLedger } from "./support/simulated-editor";
import { SystemStack } from "./support/stack";

const PORTS = { first: 3250, second: 3251, balancer: 3252, postgres: 15380 };
const BALANCED = `http://localhost:${PORTS.balancer}`;
const COOKIE = "next-auth.session-token";
/** Four editors on three projects: two share one, so conflicts cross instances. */
const EDITORS = [
  { email: "demo@preflight.local", project: 0 },
  { email: "ops@preflight.local", project: 1 },
  { email: "editor-3@balanced.test", project: 2 },
  { email: "editor-4@balanced.test", project: 2 },
];

let stack: SystemStack;
let second: AppProcess;
let balancer: Nginx;

beforeAll(async () => {
  // Both instances behind one trusted proxy hop, and both name the balancer as their public address.
  const env = { TRUSTED_PROXY_HOPS: "1", NEXTAUTH_URL: BALANCED };
  stack = await SystemStack.start({ name: "pg-sys-instances", appPort: PORTS.first, pgPort: PORTS.postgres, demo: true, env });
  second = new AppProcess({ port: PORTS.second, databaseUrl: stack.databaseUrl, env });
  await second.start();
  balancer = new Nginx(PORTS.balancer, [PORTS.first, PORTS.second]);
  await balancer.start();
});
afterAll(async () => {
  await balancer?.stop();
  await second?.stop();
  await stack?.close();
});

/** The port of the instance that answered (the last one nginx tried). */
function servedBy(response: Response): number {
  const tried = (response.headers.get("x-upstream") ?? "").split(",");
  return Number(tried.at(-1)?.trim().split(":").at(-1));
}

async function sessionUser(session: Session): Promise<{ email: string | null; port: number }> {
  const response = await session.get("/api/auth/session");
  const body = (await response.json()) as { user?: { email?: string } };
  return { email: body.user?.email ?? null, port: servedBy(response) };
}

it("keeps a session on both instances, and a sign-out on one ends it on both", async () => {
  const browser = new Session(BALANCED);
  await browser.signIn("demo@preflight.local", DEMO_PASSWORD);
  const answers = [];
  for (let i = 0; i < 6; i += 1) answers.push(await sessionUser(browser));
  expect(answers.map((a) => a.email)).toEqual(Array(6).fill("demo@preflight.local"));
  expect(new Set(answers.map((a) => a.port))).toEqual(new Set([PORTS.first, PORTS.second]));

  const copy = new Session(BALANCED);
  copy.setCookie(COOKIE, browser.cookie(COOKIE)!);
  const { csrfToken } = (await (await browser.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await browser.request("POST", "/api/auth/signout", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(signOut.status).toBe(200);
  const after = [];
  for (let i = 0; i < 4; i += 1) after.push(await sessionUser(copy));
  expect(after.map((a) => a.email)).toEqual(Array(4).fill(null));
  expect(new Set(after.map((a) => a.port))).toEqual(new Set([PORTS.first, PORTS.second]));
});

it("counts sign-in failures on both instances together: once throttled, neither instance lets the password through", async () => {
  let attempts = 0;
  const attempt = async (password: string) => {
    // Each attempt is two requests (CSRF token, then the POST): an extra one every other time
    // sends the POSTs to both instances in turn.
    attempts += 1;
    if (attempts % 2 === 0) await (await fetch(`${BALANCED}/api/health/live`)).arrayBuffer();
    const session = new Session(BALANCED);
    const { csrfToken } = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await session.request("POST", "/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "exec@preflight.local", password, csrfToken, json: "true" }),
    });
    await response.body?.cancel();
    return { status: response.status, port: servedBy(response), signedIn: session.cookie(COOKIE) !== undefined };
  };
  const failures: Awaited<ReturnType<typeof attempt>>[] = [];
  for (let i = 0; i < 20 && !failures.some((f) => f.status === 429); i += 1) failures.push(await attempt(`wrong guess ${i}`));
  expect(failures.at(-1)?.status, "the throttle answered within 20 failures").toBe(429);
  expect(new Set(failures.map((f) => f.port)), "the failures were counted on both instances").toEqual(new Set([PORTS.first, PORTS.second]));
  const right = [];
  for (let i = 0; i < 4; i += 1) right.push(await attempt(DEMO_PASSWORD));
  expect(right.map((r) => r.signedIn)).toEqual([false, false, false, false]);
  expect(right.map((r) => r.status)).toEqual([429, 429, 429, 429]);
  expect(new Set(right.map((r) => r.port))).toEqual(new Set([PORTS.first, PORTS.second]));
});

/** Exports until each instance has rendered one (the saves around it share the round-robin); the ports that rendered. */
async function exportOnEach(projectId: string, projectName: string): Promise<number[]> {
  const reader = new Session(BALANCED);
  await reader.signIn("ops@preflight.local", DEMO_PASSWORD);
  const ports: number[] = [];
  for (let i = 0; i < 8 && new Set(ports).size < 2; i += 1) {
    const response = await reader.get(`/api/o/${DEMO_SLUG}/projects/${projectId}/report?source=draft`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/pdf");
    expect(flatText(Buffer.from(await response.arrayBuffer()))).toContain(projectName);
    ports.push(servedBy(response));
  }
  return ports;
}

it("autosaves with conflicts and exports PDFs through the balancer, and loses no acknowledged save when one instance is killed", async () => {
  await addDemoEditors(stack.db, ["editor-3@balanced.test", "editor-4@balanced.test"]);
  const projectIds = await demoProjectIds(stack.db, 3);
  const before = await baselines(stack.db, projectIds);
  const users = await stack.db.user.findMany({ where: { email: { in: EDITORS.map((e) => e.email) } } });
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  const { name: exportedName } = await stack.db.project.findUniqueOrThrow({ where: { id: projectIds[0]! } });

  const ledger = new SaveLedger();
  const editors = await signedInEditors(BALANCED, EDITORS, projectIds, ledger);
  let running = true;
  const load = editors.map((editor) => editor.run(() => running));
  let exportPorts: number[] = [];
  let killedAt = 0;
  let backOnSecond = false;
  try {
    exportPorts = await exportOnEach(projectIds[0]!, exportedName);
    await loadFor(1_500, () => ledger.acknowledged.length >= 12);
    await second.kill();
    killedAt = Date.now();
    const everyoneSavedSince = (t: number) => EDITORS.every(({ email }) => ledger.acknowledged.some((a) => a.editor === email && a.at > t));
    await loadFor(1_500, () => everyoneSavedSince(killedAt));
    await second.start();
    // nginx retries a failed instance after fail_timeout (2 s): it must come back into rotation.
    for (let i = 0; i < 40 && !backOnSecond; i += 1) {
      backOnSecond = servedBy(await fetch(`${BALANCED}/api/health/live`)) === PORTS.second;
      if (!backOnSecond) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    running = false;
    await Promise.all(load);
  }

  const reports = await Promise.all(before.map((baseline) => verifyAssessment(stack.db, ledger, baseline, userIds)));
  const afterKill = ledger.acknowledged.filter((a) => a.at > killedAt);
  console.log(
    `through nginx: ${ledger.acknowledged.length} acknowledged saves (${afterKill.length} after the kill), ` +
      `${ledger.conflicts} conflicts, ${ledger.networkFailures} failed requests retried, statuses ` +
      `${JSON.stringify(Object.fromEntries(ledger.statuses))}; PDFs rendered on ${exportPorts.join(" and ")}`,
  );
  expect(ledger.unexpected).toEqual([]);
  expect(reports.flatMap((r) => r.problems)).toEqual([]);
  expect(new Set(exportPorts)).toEqual(new Set([PORTS.first, PORTS.second]));
  expect(ledger.conflicts, "the two editors sharing a project met conflicts across instances").toBeGreaterThan(0);
  // A save cut by the kill comes back as nginx's 502 (a PUT is not retried once sent); the editor sends it again.
  expect([...ledger.statuses.keys()].filter((s) => ![200, 409, 502].includes(s))).toEqual([]);
  for (const { email } of EDITORS)
    expect(
      afterKill.some((a) => a.editor === email),
      `${email} saves after the kill`,
    ).toBe(true);
  expect(backOnSecond, "the restarted instance is back in rotation").toBe(true);
});
