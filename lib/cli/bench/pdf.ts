/**
 * `npm run bench:pdf` — PDF report render time and memory.
 *
 * - typical: public/examples/blocked.json as a snapshot, with the previous snapshot
 *   (ready.json) for "changes since", a logo and the full findings list;
 * - large: 300 actions, 500 test cases, 40 objects and 40 data sources, long texts
 *   (+120 characters on every long field; `--padding N` changes it);
 * - plan: the typical document with an integration plan of 1,000 mapping rows (value maps
 *   on the status rows), 20 workflow steps, 10 API contracts, 20 exceptions, 6 phases and
 *   20 KPIs (issue #17);
 * each rendered 10 times to warm up (a server is warm), then 40 times timed → p50 / p95, and
 * the CPU time per render of all threads (comparable across machine loads). Between the two, 200
 * consecutive typical renders in this process: growth of the process's RSS and of the heap
 * in use over all threads (main and render threads), each after a full GC.
 * Goals: typical p95 ≤ 300 ms, large and plan p95 ≤ 1.5 s, growth < 50 MB. Writes .bench/pdf.json.
 *
 * Renders go through `renderReportPdf`, as the export route does: in the render threads
 * (lib/reports/render-pool.ts), a large report in two parts. `tsx --expose-gc` gives exact
 * heap figures; without it the GC is exposed at run time through V8 flags.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { AssessmentDocument } from "../../readiness";

// Measure what production runs: React and react-pdf pick their production builds on this.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const paddingFlag = process.argv.indexOf("--padding");
const PADDING = paddingFlag === -1 ? 120 : Math.max(0, Math.min(4800, Number(process.argv[paddingFlag + 1]) || 0));
const WARM_UP = 10;
const TIMED = 40;
const SOAK = 200;
const GOALS = { typicalP95Ms: 300, largeP95Ms: 1500, planP95Ms: 1500, growthMb: 50 };

function collectGarbage(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024);

async function main() {
  // Imported after NODE_ENV is set, so React loads its production build.
  const { evaluate, RULESET_VERSION } = await import("../../readiness");
  const { renderReportPdf, pdfPageCount } = await import("../../reports/render-report");
  const { renderPool } = await import("../../reports/render-pool");
  const { sampleLogoPng } = await import("../../reports/sample-logo");
  const { largeAssessment } = await import("./large-document");
  const { largePlan } = await import("./large-plan");
  type Input = Parameters<typeof renderReportPdf>[0];

  const example = (name: string) =>
    JSON.parse(readFileSync(path.join(repoRoot, "public/examples", `${name}.json`), "utf8")) as AssessmentDocument;
  const snapshot = (document: Input["document"], previous: Input["document"] | null, name: string): Input => ({
    organization: { name: "Northwind Consulting Group", accentColor: "#0f766e", logo: { data: sampleLogoPng(), mimeType: "image/png" } },
    project: { name },
    source: {
      kind: "snapshot",
      id: "6f1c2a9e-8d4b-4f7a-9c3e-2b1d0a9f8e7d",
      createdAt: "2025-03-14T09:05:00.000Z",
      submittedBy: "Zoë Müller",
    },
    document,
    evaluation: evaluate(document, { ruleset: RULESET_VERSION }),
    previous: previous
      ? { createdAt: "2025-02-03T16:20:00.000Z", document: previous, evaluation: evaluate(previous, { ruleset: RULESET_VERSION }) }
      : null,
    preparedBy: "Ana Łódź-Kowalska",
    generatedAt: "2025-03-20T12:00:00.000Z",
  });
  const typical = snapshot(example("blocked"), example("ready"), "Support refund assistant");
  const largeDocument = largeAssessment({ objects: 40, dataSources: 40, actions: 300, testCases: 500, padding: PADDING });
  const large = snapshot(largeDocument, null, "Large generated assessment");
  const planDocument: Input["document"] = {
    ...example("blocked"),
    format: "preflight.assessment/v2",
    plan: largePlan({ mappings: 1000, valueMapPairs: 4, steps: 20, apiContracts: 10, exceptions: 20, phases: 6, kpis: 20 }),
  };
  const withPlan = snapshot(planDocument, null, "Integration with a 1,000-row mapping sheet");

  async function timeRenders(input: Input) {
    let pages = 0;
    let bytes = 0;
    for (let i = 0; i < WARM_UP; i += 1) {
      const pdf = await renderReportPdf(input);
      pages = pdfPageCount(pdf) ?? 0;
      bytes = pdf.length;
    }
    const samples: number[] = [];
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < TIMED; i += 1) {
      const start = performance.now();
      await renderReportPdf(input);
      samples.push(performance.now() - start);
    }
    const cpu = process.cpuUsage(cpuStart);
    samples.sort((a, b) => a - b);
    return {
      pages,
      bytes,
      runs: TIMED,
      p50Ms: round(percentile(samples, 50)),
      p95Ms: round(percentile(samples, 95)),
      maxMs: round(samples.at(-1) ?? 0),
      // CPU of every thread of the process (render threads included) per render: on a shared
      // machine wall time is mostly waiting for a core, CPU time much less so.
      cpuMs: round((cpu.user + cpu.system) / 1000 / TIMED),
    };
  }

  const gc = collectGarbage();
  const typicalStats = await timeRenders(typical);

  // After a full collection in the main thread and in every render thread: RSS of the
  // process, and heap in use summed over all threads.
  const settled = async () => {
    gc();
    const threads = await renderPool().heapUsage();
    const usage = process.memoryUsage();
    return { rss: usage.rss, heapUsed: usage.heapUsed + threads.reduce((sum, bytes) => sum + bytes, 0) };
  };
  // The soak runs before the large renders, so RSS is compared within typical work only.
  const before = await settled();
  for (let i = 0; i < SOAK; i += 1) await renderReportPdf(typical);
  const after = await settled();
  const memory = {
    renders: SOAK,
    rssBeforeMb: mb(before.rss),
    rssAfterMb: mb(after.rss),
    rssGrowthMb: mb(after.rss - before.rss),
    heapBeforeMb: mb(before.heapUsed),
    heapAfterMb: mb(after.heapUsed),
    heapGrowthMb: mb(after.heapUsed - before.heapUsed),
  };

  const results = {
    typical: {
      document: "public/examples/blocked.json (snapshot, with previous snapshot and logo)",
      findings: typical.evaluation.findings.length,
      ...typicalStats,
    },
    large: {
      document: `300 actions, 500 test cases, 40 objects, 40 data sources, +${PADDING} characters per long text`,
      findings: large.evaluation.findings.length,
      ...(await timeRenders(large)),
    },
    plan: {
      document: "blocked.json with a plan: 1,000 mapping rows, 20 steps, 10 API contracts, 20 exceptions, 6 phases, 20 KPIs",
      findings: withPlan.evaluation.findings.length,
      ...(await timeRenders(withPlan)),
    },
  };

  const header = ["report", "pages", "KB", "findings", "p50 ms", "p95 ms", "max ms", "CPU ms", "goal p95 ms"];
  const rows = [
    ["typical", results.typical, GOALS.typicalP95Ms],
    ["large", results.large, GOALS.largeP95Ms],
    ["plan", results.plan, GOALS.planP95Ms],
  ] as const;
  const cells = rows.map(([name, r, goal]) =>
    [name, r.pages, Math.round(r.bytes / 1024), r.findings, r.p50Ms, r.p95Ms, r.maxMs, r.cpuMs, goal].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const row of cells) console.log(line(row));
  console.log(
    `memory over ${SOAK} typical renders: RSS ${memory.rssBeforeMb} → ${memory.rssAfterMb} MB (${memory.rssGrowthMb >= 0 ? "+" : ""}${memory.rssGrowthMb}), heap ${memory.heapBeforeMb} → ${memory.heapAfterMb} MB (${memory.heapGrowthMb >= 0 ? "+" : ""}${memory.heapGrowthMb}); goal < ${GOALS.growthMb} MB`,
  );
  const missed = [
    results.typical.p95Ms > GOALS.typicalP95Ms ? `typical p95 ${results.typical.p95Ms} ms > ${GOALS.typicalP95Ms}` : null,
    results.large.p95Ms > GOALS.largeP95Ms ? `large p95 ${results.large.p95Ms} ms > ${GOALS.largeP95Ms}` : null,
    results.plan.p95Ms > GOALS.planP95Ms ? `plan p95 ${results.plan.p95Ms} ms > ${GOALS.planP95Ms}` : null,
    Math.max(memory.rssGrowthMb, memory.heapGrowthMb) >= GOALS.growthMb ? `memory growth ≥ ${GOALS.growthMb} MB` : null,
  ].filter(Boolean);
  console.log(missed.length === 0 ? "all goals met" : `goals missed: ${missed.join("; ")}`);

  mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
  const report = {
    benchmark: "pdf",
    node: process.version,
    nodeEnv: process.env.NODE_ENV,
    warmUp: WARM_UP,
    goals: GOALS,
    results,
    memory,
    goalsMissed: missed,
  };
  writeFileSync(path.join(repoRoot, ".bench/pdf.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log("written .bench/pdf.json");
}

await main();
