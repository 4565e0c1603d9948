/**
 * `npm run bench:engine` — throughput and latency of the rule engine against the zod
 * parse of the same document, for typical documents (public/examples/ready.json, clean,
 * and blocked.json, 30 findings) and a large one (300 objects, 300 actions, 500 test
 * cases), under ruleset 1.0.0 (v1 schema) and under 2.0.0 (read as v2), plus a large v2
 * document with a full plan (1,000 mapping rows with value maps, 100 workflow steps, 20
 * API contracts, 50 exception rows, 10 phases, 50 KPIs). Goal: evaluate/parse ≤ 1, i.e.
 * evaluating never costs more than validating. Writes .bench/engine.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { evaluate, parseAnyAssessment, parseAssessment, type RulesetVersion } from "../../readiness";
import { largeAssessment } from "./large-document";
import { largeAssessmentV2 } from "./large-plan";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
/** Measuring time per case; `--budget-ms N` overrides it (e.g. a quick smoke run). */
const budgetFlag = process.argv.indexOf("--budget-ms");
const BUDGET_MS = budgetFlag === -1 ? 1500 : Math.max(50, Number(process.argv[budgetFlag + 1]) || 1500);

interface Stats {
  runs: number;
  perSecond: number;
  p50Us: number;
  p99Us: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `fn` for about BUDGET_MS after a warm-up, timing each call. */
function measure(fn: () => unknown): Stats {
  const warmUntil = performance.now() + BUDGET_MS / 5;
  while (performance.now() < warmUntil) fn();
  const samples: number[] = [];
  const start = performance.now();
  const stopAt = start + BUDGET_MS;
  while (performance.now() < stopAt || samples.length < 20) {
    const t0 = performance.now();
    fn();
    samples.push((performance.now() - t0) * 1000);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    runs: samples.length,
    perSecond: Math.round(samples.length / (total / 1000)),
    p50Us: round(percentile(samples, 50)),
    p99Us: round(percentile(samples, 99)),
  };
}

/** Under 1.0.0 the parse is today's v1 parse; under 2.0.0 it is the parse that reads either format as v2. */
function bench(name: string, input: unknown, ruleset: RulesetVersion) {
  const parse = ruleset === "1.0.0" ? parseAssessment : parseAnyAssessment;
  const parsed = parse(input);
  if (!parsed.ok) throw new Error(`${name}: invalid document: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`);
  const document = parsed.document;
  const findings = evaluate(document, { ruleset }).findings.length;
  const evaluateStats = measure(() => evaluate(document, { ruleset }));
  const parseStats = measure(() => parse(input));
  const ratio = Math.round((evaluateStats.p50Us / parseStats.p50Us) * 100) / 100;
  return {
    name: `${name} @${ruleset}`,
    ruleset,
    bytes: JSON.stringify(input).length,
    findings,
    evaluate: evaluateStats,
    parse: parseStats,
    ratioP50: ratio,
  };
}

const example = (name: string): unknown => JSON.parse(readFileSync(path.join(repoRoot, "public/examples", name), "utf8"));
const large: unknown = JSON.parse(JSON.stringify(largeAssessment({ objects: 300, actions: 300, testCases: 500 })));
const largeV2: unknown = JSON.parse(
  JSON.stringify(
    largeAssessmentV2(
      { objects: 300, actions: 300, testCases: 500 },
      { mappings: 1000, valueMapPairs: 8, steps: 100, apiContracts: 20, exceptions: 50, phases: 10, kpis: 50 },
    ),
  ),
);
const results = [
  bench("typical (ready.json)", example("ready.json"), "1.0.0"),
  bench("typical (blocked.json)", example("blocked.json"), "1.0.0"),
  bench("large (300/300/500)", large, "1.0.0"),
  bench("typical (ready.json)", example("ready.json"), "2.0.0"),
  bench("typical (blocked.json)", example("blocked.json"), "2.0.0"),
  bench("large (300/300/500)", large, "2.0.0"),
  bench("large v2 (+ plan 1000/100/20/50/10/50)", largeV2, "2.0.0"),
];

const header = ["document", "bytes", "findings", "eval/s", "eval p50 µs", "eval p99 µs", "parse p50 µs", "parse p99 µs", "eval/parse"];
const rows = results.map((r) =>
  [r.name, r.bytes, r.findings, r.evaluate.perSecond, r.evaluate.p50Us, r.evaluate.p99Us, r.parse.p50Us, r.parse.p99Us, r.ratioP50].map(
    String,
  ),
);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
console.log(line(header));
for (const row of rows) console.log(line(row));
const above = results.filter((r) => r.ratioP50 > 1).map((r) => `${r.name} ${r.ratioP50}`);
console.log(above.length === 0 ? "evaluate/parse ≤ 1 on every document" : `evaluate/parse above 1: ${above.join(", ")}`);

mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
const report = { benchmark: "engine", node: process.version, budgetMs: BUDGET_MS, goal: "evaluate p50 / parse p50 <= 1", results };
writeFileSync(path.join(repoRoot, ".bench/engine.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log("written .bench/engine.json");
