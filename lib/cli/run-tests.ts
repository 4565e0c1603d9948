/**
 * `npm test`: every check, in order — typecheck, lint, unit tests, integration tests on a real
 * PostgreSQL (embedded, or DATABASE_URL), end-to-end tests in a real Chromium, then system
 * tests that attack, load and crash the production server — and one closing line with the
 * test counts. Exits non-zero if any step failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@/lib/db/open-database";
import { ensureTestTools } from "./test-tools";
import { failedTestsIn } from "./report-failures";

const reports = path.join(repoRoot, ".reports");
const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  report?: string;
}

const vitestJson = (file: string) => ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, file)}`];

/** The files Prettier owns (package.json's `format` script says the same). */
const FORMATTED = "**/*.{ts,tsx,mjs,js,css}";

const steps: Step[] = [
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings", "0", "."] },
  { name: "format", command: bin("prettier"), args: ["--check", "--log-level", "warn", FORMATTED] },
  { name: "unit", command: bin("vitest"), args: ["run", "--project", "unit", ...vitestJson("unit.json")], report: "unit.json" },
  {
    name: "unit-slow",
    command: bin("vitest"),
    args: ["run", "--project", "unit-slow", ...vitestJson("unit-slow.json")],
    report: "unit-slow.json",
  },
  {
    name: "integration",
    command: bin("tsx"),
    args: [
      "lib/cli/with-db.ts",
      "--fresh",
      "--cluster",
      "pg-test",
      "--port",
      "15331",
      "--",
      "vitest",
      "run",
      "--project",
      "integration",
      ...vitestJson("integration.json"),
    ],
    report: "integration.json",
  },
  {
    name: "e2e",
    command: bin("tsx"),
    args: ["lib/cli/run-e2e.ts", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "e2e.json") },
    report: "e2e.json",
  },
  {
    name: "system",
    command: bin("tsx"),
    args: ["lib/cli/run-system.ts", ...vitestJson("system.json")],
    report: "system.json",
  },
];

function countsFrom(file: string): { passed: number; failed: number; skipped: number } {
  const full = path.join(reports, file);
  if (!existsSync(full)) return { passed: 0, failed: 0, skipped: 0 };
  const data = JSON.parse(readFileSync(full, "utf8")) as Record<string, unknown>;
  if ("numPassedTests" in data) {
    return {
      passed: Number(data.numPassedTests),
      failed: Number(data.numFailedTests),
      skipped: Number(data.numPendingTests ?? 0) + Number(data.numTodoTests ?? 0),
    };
  }
  const stats = (data.stats ?? {}) as Record<string, number>;
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

// Before the first stage: a missing browser should not cost a typecheck and a build to find out.
const toolProblem = ensureTestTools();
if (toolProblem) {
  console.error(toolProblem);
  process.exit(1);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const run = spawnSync(step.command, step.args, { cwd: repoRoot, stdio: "inherit", env: { ...process.env, ...step.env } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

const totals = steps.filter((s) => s.report).map((s) => countsFrom(s.report!));
const passed = totals.reduce((n, t) => n + t.passed, 0);
const failedTests = totals.reduce((n, t) => n + t.failed, 0);
const skipped = totals.reduce((n, t) => n + t.skipped, 0);
console.log("\nSummary");
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`);
const failedSteps = results.filter((r) => !r.ok).length;
const failures = steps
  .filter((s) => s.report)
  .flatMap((s) => failedTestsIn(path.join(reports, s.report!)).map((f) => ({ stage: s.name, ...f })));
for (const f of failures) console.log(`  ✗ [${f.stage}] ${f.title}\n      ${f.error}`);
// Steps that fail without failing a test (typecheck, lint, a server that would not start) still count.
console.log(`${passed} passed, ${failedTests + (failedSteps > 0 && failedTests === 0 ? failedSteps : 0)} failed, ${skipped} skipped`);
process.exit(failedSteps > 0 ? 1 : 0);
