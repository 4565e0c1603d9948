/**
 * Issue #13, finding 3: report cost was unbounded and shared by every tenant. A 5.9 MB
 * schema-valid draft rendered 3,395 pages in 36 s; while one organization exported two of
 * them, another's ordinary 10-page report took 51.9 s instead of 0.29 s, and the second big
 * export failed with a 500. Now: the largest allowed report is bounded (rows and findings
 * summarised, a page budget), one export per organization runs at a time with a short
 * queue (429 past it), waits and time limits answer 503 — and another organization's
 * ordinary report still renders in under a second while the largest export runs.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import type { Session } from "@/lib/cli/http/session";
import { LIMITS } from "@/lib/readiness/schema/limits";
import { REPORT_PAGE_LIMIT } from "@/lib/reports/budget";
import { pdfPageCount } from "@/lib/reports/render-report";
import { DEMO_SLUG, OTHER_DEMO_SLUG, signedIn } from "./support/hostile-stack";
import { SystemStack } from "./support/stack";

let stack: SystemStack;
let ownerA: Session;
let ownerB: Session;
let projectA: string;
let projectB: string;

/**
 * An ordinary report must take under a second, wall-clock, whatever another tenant exports
 * (the bar; before the fix it took 51.9 s instead of 0.29 s). This shared test VM
 * is often loaded by other work far beyond the app (load average 8–10 on 2 cores), which
 * slows every report alike: then the bar is three times the same report's slowest time
 * measured just before, with nobody else exporting (its spread is the VM's noise).
 */
const ORDINARY_REPORT_BOUND_MS = 1000;
const boundFor = (aloneMs: number) => Math.max(ORDINARY_REPORT_BOUND_MS, 3 * aloneMs);

beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-fair", appPort: 3239, pgPort: 15369, demo: true });
  [ownerA, ownerB] = await Promise.all([signedIn(stack), signedIn(stack, "ops@preflight.local")]);
  const firstProject = async (slug: string) =>
    (
      await stack.db.project.findFirstOrThrow({
        where: { organization: { slug }, archivedAt: null, assessment: { revision: { gt: 0 } } },
        orderBy: { name: "asc" },
        select: { id: true },
      })
    ).id;
  [projectA, projectB] = await Promise.all([firstProject(DEMO_SLUG), firstProject(OTHER_DEMO_SLUG)]);
  // Organization A's draft: every list at the schema's row limit — the largest a draft may hold.
  const rows = LIMITS.rows;
  const big = largeAssessment({ objects: rows, dataSources: rows, actions: rows, testCases: rows, padding: 200 });
  const imported = await ownerA.request("POST", `/api/o/${DEMO_SLUG}/projects/${projectA}/assessment/import`, { json: big });
  expect(imported.status, await imported.clone().text()).toBe(200);
});
afterAll(async () => stack?.close());

interface Timed {
  status: number;
  ms: number;
  done: number;
  body: Buffer;
  contentType: string;
}

async function exportReport(session: Session, slug: string, projectId: string): Promise<Timed> {
  const started = performance.now();
  const response = await session.request("GET", `/api/o/${slug}/projects/${projectId}/report?source=draft`);
  const body = Buffer.from(await response.arrayBuffer());
  const done = performance.now();
  return { status: response.status, ms: done - started, done, body, contentType: response.headers.get("content-type") ?? "" };
}

const isPdf = (result: Timed) => result.status === 200 && result.body.subarray(0, 5).toString() === "%PDF-";

it("bounds the largest allowed report: its tables are summarised and it stays within the page budget", async () => {
  const result = await exportReport(ownerA, DEMO_SLUG, projectA);
  expect(isPdf(result), result.body.toString("utf8").slice(0, 300)).toBe(true);
  const pages = pdfPageCount(result.body)!;
  expect(pages).toBeGreaterThan(20);
  expect(pages).toBeLessThanOrEqual(REPORT_PAGE_LIMIT);
});

it("renders another organization's ordinary report in under a second while the largest export runs, and answers the excess 429/503, never 500", async () => {
  // Warm: the fairness bound is about sharing, not about starting threads. Then B's report alone, for the bound.
  expect(isPdf(await exportReport(ownerB, OTHER_DEMO_SLUG, projectB))).toBe(true);
  const alone: number[] = [];
  for (let i = 0; i < 3; i += 1) alone.push((await exportReport(ownerB, OTHER_DEMO_SLUG, projectB)).ms);
  const bound = boundFor(Math.max(...alone));

  const bigStarted = performance.now();
  const big = Array.from({ length: 4 }, () => exportReport(ownerA, DEMO_SLUG, projectA));
  // Let A's first export load and judge its 3 MB draft (on the server's event loop, about
  // half a second) and get its render threads: from then on it renders for many seconds.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const ordinary: Timed[] = [];
  for (let i = 0; i < 3; i += 1) ordinary.push(await exportReport(ownerB, OTHER_DEMO_SLUG, projectB));
  const results = await Promise.all(big);

  // The first of A's exports to finish rendering (a refusal comes back at once).
  const firstBig = results.filter(isPdf).reduce((a, b) => (a.done < b.done ? a : b));
  const times = `with A exporting: ${ordinary.map((r) => Math.round(r.ms)).join(", ")} ms; alone: ${alone.map(Math.round).join(", ")} ms`;
  console.log(`B's ordinary report ${times}; A's first export took ${Math.round(firstBig.done - bigStarted)} ms`);
  for (const result of ordinary) {
    expect(isPdf(result)).toBe(true);
    expect(result.ms, times).toBeLessThan(bound);
  }
  // They really ran while A's export did: the first of A's finished after all three.
  expect(firstBig.done).toBeGreaterThan(ordinary.at(-1)!.done);
  expect(firstBig.done - bigStarted).toBeGreaterThan(bound);

  const statuses = results.map((result) => result.status).sort();
  expect(statuses).not.toContain(500);
  // One runs, two wait their turn, the fourth is refused at once with a reason.
  expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
  const refused = results.filter((result) => result.status !== 200);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  for (const result of refused) {
    expect([429, 503]).toContain(result.status);
    expect(result.contentType).toContain("application/json");
    expect(JSON.parse(result.body.toString("utf8")).message).toMatch(/export/);
  }
});
