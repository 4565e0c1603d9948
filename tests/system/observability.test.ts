/**
 * Issue #19, what an operator sees: one JSON log line per request with its request id (also
 * the X-Request-Id header), the route pattern, status, duration, user and organization; no
 * session cookie, password or token anywhere in the server's output; the health endpoints;
 * Prometheus metrics that a real parser reads, behind a bearer token; and a SIGTERM that
 * lets the requests in flight finish before the process exits 0.
 */
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { SystemStack, SYSTEM_TEST_SECRET } from "./support/stack";
import { DEMO_PASSWORD } from "./support/world";

const SLUG = "northwind-revenue-ops";
const EMAIL = "demo@preflight.local";
const METRICS_TOKEN = "metrics-token-for-the-system-test-7f3a";
const INVITE_TOKEN = "invitation-token-that-must-not-be-logged-91c2";

let stack: SystemStack;
let owner: Session;
let projectId: string;

type LogLine = Record<string, unknown>;
/** The server's output as JSON records; a line that is not JSON fails the test that reads it. */
const logLines = (): LogLine[] =>
  stack.output
    .join("")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        return { unparsed: line };
      }
    });
const requestLine = (id: string) => logLines().find((line) => line.event === "http.request" && line.reqId === id);

beforeAll(async () => {
  stack = await SystemStack.start({
    name: "pg-sys-observability",
    appPort: 3460,
    pgPort: 15460,
    demo: true,
    env: { METRICS_TOKEN, LOG_LEVEL: "info" },
  });
  owner = new Session(stack.base);
  await owner.signIn(EMAIL, DEMO_PASSWORD);
  projectId = (await stack.db.project.findFirstOrThrow({ where: { organization: { slug: SLUG } }, orderBy: { name: "asc" } })).id;
}, 180_000);
afterAll(async () => stack?.close());

describe("the request log", () => {
  it("writes one line per request with the id it returned as X-Request-Id, the route pattern, status and duration, user and organization", async () => {
    const response = await owner.get(`/api/o/${SLUG}/projects/${projectId}/assessment`);
    expect(response.status).toBe(200);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const user = await stack.db.user.findUniqueOrThrow({ where: { email: EMAIL } });
    const organization = await stack.db.organization.findUniqueOrThrow({ where: { slug: SLUG } });
    await expect.poll(() => requestLine(id!)).toBeDefined();
    const line = requestLine(id!)!;
    expect(line).toMatchObject({
      level: "info",
      method: "GET",
      route: "/api/o/[slug]/projects/[projectId]/assessment",
      status: 200,
      userId: user.id,
      organizationId: organization.id,
    });
    expect(typeof line.durationMs).toBe("number");
    expect(typeof line.time).toBe("string");
  });

  it("ignores a request id sent by a client the server does not trust", async () => {
    const response = await fetch(`${stack.base}/api/health/live`, { headers: { "x-request-id": "client-chosen-id-123" } });
    expect(response.headers.get("x-request-id")).not.toBe("client-chosen-id-123");
  });

  it("holds no session cookie, password, token or secret, whatever the requests carried", async () => {
    const cookie = owner.cookie("next-auth.session-token");
    expect(cookie).toBeTruthy();
    // A failed sign-in with the password in the form, an invitation token in a path, the metrics token in a header.
    await new Session(stack.base).signIn(EMAIL, `${DEMO_PASSWORD}-wrong`).catch(() => undefined);
    await owner.get(`/invite/${INVITE_TOKEN}`);
    await fetch(`${stack.base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    await owner.request("PUT", `/api/o/${SLUG}/projects/${projectId}/assessment`, { json: { baseRevision: 0, answers: {}, scores: {} } });
    const last = await owner.get("/api/health/live");
    await expect.poll(() => requestLine(last.headers.get("x-request-id")!)).toBeDefined();
    const output = stack.output.join("");
    for (const secret of [cookie!, DEMO_PASSWORD, METRICS_TOKEN, INVITE_TOKEN, SYSTEM_TEST_SECRET]) expect(output).not.toContain(secret);
    // Every line is JSON but Next's own start-up notice.
    expect(logLines().filter((line) => "unparsed" in line && !/next\.config/.test(String(line.unparsed)))).toEqual([]);
    expect(logLines().some((line) => line.event === "auth.sign_in_failed")).toBe(true);
  });
});

describe("health", () => {
  it("answers live without the database and ready with every check", async () => {
    const live = await fetch(`${stack.base}/api/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { ok: true }]);
    const ready = await fetch(`${stack.base}/api/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { ok: true, checks: { database: "ok", migrations: "ok", renderer: "ok" } }]);
    expect((await fetch(`${stack.base}/api/health`)).status).toBe(200);
  });
});

describe("metrics", () => {
  it("refuses no token, a wrong token and hostile Authorization headers", async () => {
    expect((await fetch(`${stack.base}/api/metrics`)).status).toBe(401);
    const hostile = [
      `Bearer ${METRICS_TOKEN}x`,
      `Bearer ${METRICS_TOKEN.slice(0, -1)}`,
      `Basic ${METRICS_TOKEN}`,
      `Bearer ${"x".repeat(8000)}`,
      "Bearer",
      `Bearer  ${METRICS_TOKEN} ${METRICS_TOKEN}`,
    ];
    for (const authorization of hostile)
      expect((await fetch(`${stack.base}/api/metrics`, { headers: { authorization } })).status, authorization.slice(0, 40)).toBe(401);
    // A session is not a token: the owner's own cookie opens nothing.
    expect((await owner.get("/api/metrics")).status).toBe(401);
  });

  it("parse as Prometheus text: request durations by route pattern, autosaves, sign-in refusals, the render queue and the pool", async () => {
    const save = await owner.request("PUT", `/api/o/${SLUG}/projects/${projectId}/assessment`, {
      json: { baseRevision: 0, answers: {}, scores: {} },
    });
    expect(save.status).toBe(409);
    await fetch(`${stack.base}/api/health/live`);
    const response = await fetch(`${stack.base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
    expect(families.get("preflight_http_request_duration_seconds")?.type).toBe("HISTOGRAM");
    // The parser folds a histogram's labelled series into one (it keeps no labels but `le`), so the per-route series are read from the text.
    const countOf = (route: string) =>
      Number(
        new RegExp(
          `^preflight_http_request_duration_seconds_count\\{route="${route.replace(/[[\]/.]/g, "\\$&")}",method="GET",status="2xx"\\} (\\d+)$`,
          "m",
        ).exec(text)?.[1],
      );
    expect(countOf("/api/health/live")).toBeGreaterThanOrEqual(1);
    expect(countOf("/api/o/[slug]/projects/[projectId]/assessment")).toBeGreaterThanOrEqual(1);
    // Route patterns only: no label holds an id or a token.
    expect(text).not.toContain(projectId);
    expect(text).not.toContain(INVITE_TOKEN);
    const counter = (name: string, label: string, value: string) =>
      Number(families.get(name)?.metrics.find((m) => m.labels?.[label] === value)?.value ?? 0);
    expect(counter("preflight_autosaves_total", "outcome", "conflict")).toBeGreaterThanOrEqual(1);
    expect(counter("preflight_sign_in_refusals_total", "reason", "failed")).toBeGreaterThanOrEqual(1);
    expect(families.get("preflight_pdf_render_jobs")?.type).toBe("GAUGE");
    expect(counter("preflight_db_pool_connections", "state", "open")).toBeGreaterThanOrEqual(1);
  });
});

describe("SIGTERM", () => {
  it("lets the requests in flight finish (a PDF export among them), then exits 0", async () => {
    const inFlight = [
      owner.get(`/api/o/${SLUG}/projects/${projectId}/report?source=draft`),
      ...Array.from({ length: 4 }, () => owner.get(`/api/o/${SLUG}/projects/${projectId}/assessment`)),
    ];
    // Stop once the server is working on them: its render queue or threads are busy.
    await expect
      .poll(
        async () => {
          const text = await (await fetch(`${stack.base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
          return /preflight_pdf_render_jobs\{state="(running|queued)"\} [1-9]/.test(text);
        },
        { timeout: 30_000, interval: 20 },
      )
      .toBe(true);
    const exitCode = stack.stopApp();
    const answers = await Promise.all(inFlight);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(
      Buffer.from(await answers[0]!.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(await exitCode).toBe(0);
    const stopping = logLines().find((line) => line.event === "server.stopping");
    expect(Number(stopping?.inFlight)).toBeGreaterThanOrEqual(1);
    expect(logLines().some((line) => line.event === "server.stopped")).toBe(true);
  });
});
