/**
 * The real command line, spawned as `tsx lib/cli/evaluate.ts …`: stdout JSON, stderr lines
 * and exit codes for the examples, invalid input of every kind, stdin, a ~5 MB document,
 * both rulesets and both formats, `--explain` and `--format text`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import {
  ASSESSMENT_FORMAT_V2,
  evaluate,
  parseAnyAssessment,
  parseEvaluation,
  parseEvaluationV2,
  type AssessmentDocumentV2,
  type EvaluationV2,
} from "@/lib/readiness";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SCRIPT = "lib/cli/evaluate.ts";
const TIMEOUT = 60_000;
const temp = mkdtempSync(path.join(tmpdir(), "preflight-evaluate-"));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string): Run {
  const result = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string): string {
  const file = path.join(temp, name);
  writeFileSync(file, content);
  return file;
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}

function evaluationOf(stdout: string): EvaluationV2 {
  const parsed = parseEvaluationV2(JSON.parse(stdout));
  if (!parsed.ok) throw new Error(`stdout is not an evaluation: ${JSON.stringify(parsed.issues)}`);
  return parsed.document;
}

function exampleDocument(file: string): AssessmentDocumentV2 {
  const parsed = parseAnyAssessment(JSON.parse(readFileSync(path.join(ROOT, file), "utf8")));
  if (!parsed.ok) throw new Error("example invalid");
  return parsed.document;
}

function expectedOutput(file: string): string {
  return `${JSON.stringify(evaluate(exampleDocument(file)), null, 2)}\n`;
}

describe("evaluate CLI", { timeout: TIMEOUT }, () => {
  it("prints the evaluation of a ready document, pretty-printed, and exits 0", () => {
    const run = cli(["public/examples/ready.json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(expectedOutput("public/examples/ready.json"));
    expect(run.stdout).toContain('\n  "verdict": "ready",\n');
    expect(evaluationOf(run.stdout).verdict).toBe("ready");
  });

  it("exits 1 for a blocked document, still printing the evaluation", () => {
    const run = cli(["public/examples/blocked.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(expectedOutput("public/examples/blocked.json"));
    expect(evaluationOf(run.stdout).findings.filter((f) => f.severity === "blocker").length).toBeGreaterThan(5);
  });

  it("exits 0 for an incomplete document", () => {
    const run = cli(["public/examples/empty.json"]);
    expect(run.code).toBe(0);
    expect(evaluationOf(run.stdout)).toMatchObject({ verdict: "incomplete", readinessIndex: null });
  });

  it("reads stdin with -", () => {
    const run = cli(["-"], readFileSync(path.join(ROOT, "public/examples/blocked.json"), "utf8"));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(expectedOutput("public/examples/blocked.json"));
  });

  it("exits 2 for an invalid document with one `path: problem` line per problem and nothing on stdout", () => {
    const file = tempFile(
      "invalid.json",
      JSON.stringify({
        format: "preflight.assessment/v1",
        answers: { actions: [{ name: "Send refund", kind: "write", approval: "automated", extra: 1 }] },
        scores: { securityControls: { score: 7 } },
      }),
    );
    const run = cli([file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toEqual([
      'answers.actions.0.kind: expected one of read, draft, recommend, update, trigger (got "write")',
      'answers.actions.0: unknown key "extra"',
      "scores.securityControls.score: expected a whole number from 1 to 5",
      "",
    ]);
  });

  it("exits 2 on text that is not JSON, saying where parsing failed", () => {
    const file = tempFile("broken.json", '{\n  "format": "preflight.assessment/v1",\n  "answers": {,}\n}\n');
    const run = cli([file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`evaluate: ${file} is not valid JSON: line 3, column 15: expected a property name in double quotes\n`);
    expectNoStackTrace(run);
  });

  it("exits 2 on an empty file and on empty stdin", () => {
    const file = tempFile("empty.json", "  \n");
    const fromFile = cli([file]);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toBe(`evaluate: ${file} is empty\n`);
    const fromStdin = cli(["-"], "");
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toBe("evaluate: stdin is empty\n");
  });

  it("exits 2 on a missing file or a directory, in one line", () => {
    const missing = cli(["does/not/exist.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("evaluate: cannot read does/not/exist.json: no such file\n");
    const directory = cli(["public"]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toBe("evaluate: cannot read public: is a directory, not a file\n");
    expectNoStackTrace(missing);
  });

  it("exits 2 with a usage line when the argument is missing or extra", () => {
    for (const args of [[], ["a.json", "b.json"]]) {
      const run = cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^evaluate: expected (a|one) document\nusage: npm run evaluate -- \[--ruleset 1\.0\.0\|2\.0\.0\] \[--format json\|text\] <assessment\.json \| ->.*\n.*--explain <RULE_ID>\n$/,
      );
    }
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: /);
  });

  it("handles a ~5 MB document from a file and from stdin", () => {
    const document = largeAssessment({ objects: 1000, dataSources: 500, actions: 1500, testCases: 2000, padding: 1200 });
    const text = JSON.stringify(document);
    expect(text.length).toBeGreaterThan(5_000_000);
    const file = tempFile("large.json", text);
    const expected = evaluate(document);

    const fromFile = cli([file]);
    expect(fromFile.stderr).toBe("");
    expect(fromFile.code).toBe(expected.verdict === "blocked" ? 1 : 0);
    const evaluation = evaluationOf(fromFile.stdout);
    expect(evaluation).toEqual(expected);
    expect(evaluation.findings.length).toBeGreaterThan(1000);

    const fromStdin = cli(["-"], text);
    expect(fromStdin.code).toBe(fromFile.code);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it("judges with --ruleset 1.0.0 exactly as before: preflight.evaluation/v1", () => {
    const run = cli(["--ruleset", "1.0.0", "public/examples/blocked.json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${JSON.stringify(evaluate(exampleDocument("public/examples/blocked.json"), { ruleset: "1.0.0" }), null, 2)}\n`,
    );
    expect(parseEvaluation(JSON.parse(run.stdout))).toMatchObject({ ok: true });
    expect(run.stdout).toContain('"source": "001 §Quick Integration Readiness Score"');
  });

  it("accepts a v2 document with a plan, under either ruleset", () => {
    const document: AssessmentDocumentV2 = {
      ...exampleDocument("public/examples/ready.json"),
      format: ASSESSMENT_FORMAT_V2,
      plan: {
        roi: { runsPerMonth: 1200, minutesSavedPerRun: 6, hourlyCost: 55, buildCost: 30000, monthlyRunCost: 800, currency: "USD" },
        notApplicable: { kpis: "Measured by the vendor" },
      },
    };
    const file = tempFile("v2.json", JSON.stringify(document));
    const run = cli([file]);
    expect(run.stderr).toBe("");
    const evaluation = evaluationOf(run.stdout);
    expect(evaluation).toEqual(evaluate(document));
    expect(evaluation.roi).toMatchObject({ monthlyNet: 5800, paybackMonths: 5.17 });
    expect(evaluation.completeness.planSectionsNotApplicable).toEqual(["kpis"]);
    const legacy = cli(["--ruleset", "1.0.0", file]);
    expect(legacy.code).toBe(0);
    expect(JSON.parse(legacy.stdout)).toEqual(evaluate(document, { ruleset: "1.0.0" }));
  });

  it("exits 2 for a v1 document carrying a plan, a wrong format, or a bad plan field, naming the path", () => {
    const v1WithPlan = tempFile("v1-plan.json", JSON.stringify({ format: "preflight.assessment/v1", plan: {} }));
    expect(cli([v1WithPlan])).toMatchObject({ code: 2, stdout: "", stderr: '(root): unknown key "plan"\n' });
    const v3 = tempFile("v3.json", JSON.stringify({ format: "preflight.assessment/v3" }));
    expect(cli([v3])).toMatchObject({
      code: 2,
      stderr: 'format: expected one of preflight.assessment/v1, preflight.assessment/v2 (got "preflight.assessment/v3")\n',
    });
    const badDate = tempFile(
      "bad-date.json",
      JSON.stringify({ format: ASSESSMENT_FORMAT_V2, plan: { rollout: [{ start: "2027-02-30" }] } }),
    );
    expect(cli([badDate])).toMatchObject({ code: 2, stderr: "plan.rollout.0.start: expected a real calendar date written YYYY-MM-DD\n" });
  });

  it("exits 2 for an unknown ruleset, format or option", () => {
    for (const args of [["--ruleset", "3.0.0", "x.json"], ["--format", "xml", "x.json"], ["--verbose", "x.json"], ["--ruleset"]]) {
      const run = cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^evaluate: (unknown ruleset "3\.0\.0"|unknown format "xml"|unknown option --verbose|--ruleset needs a value)/,
      );
    }
  });

  it("--explain prints a rule's title, severity, track, when it fires, remediation and readable source", () => {
    const run = cli(["--explain", "SCORE_BELOW_3"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toEqual([
      "SCORE_BELOW_3 — Area scored below 3",
      "Ruleset: 2.0.0",
      "Severity: Blocker",
      "Track: launch-gate",
      "About: the area scores",
      "Fires when: Area scored below 3",
      expect.stringMatching(/^Remediation: Close the gaps/),
      "Source: Systems integration checklist for customer operations, section “Quick Integration Readiness Score”",
      "",
    ]);
    const legacy = cli(["--ruleset", "1.0.0", "--explain", "CUSTOMER_FACING_AUTOMATED"]).stdout;
    expect(legacy).toContain("Track: safe-writes\n");
    expect(legacy).toMatch(/\nAbout: Q5 .+\n/);
  });

  it("--explain exits 2 for an id the ruleset does not have", () => {
    expect(cli(["--explain", "NOT_A_RULE"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: 'evaluate: ruleset 2.0.0 has no rule "NOT_A_RULE"\n',
    });
    expect(cli(["--ruleset", "1.0.0", "--explain", "NO_KPIS"])).toMatchObject({
      code: 2,
      stderr: 'evaluate: ruleset 1.0.0 has no rule "NO_KPIS"\n',
    });
  });

  it("--format text prints the verdict, index, completeness, ROI, then findings grouped by severity", () => {
    const run = cli(["--format", "text", "public/examples/blocked.json"]);
    expect(run.code).toBe(1);
    const evaluation = evaluate(exampleDocument("public/examples/blocked.json"));
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "Verdict: Blocked (ruleset 2.0.0)",
      `Readiness index: ${evaluation.readinessIndex} of 5 (${Math.round(((evaluation.readinessIndex ?? 0) / 5) * 100)}%)`,
      `Completeness: ${evaluation.completeness.questionsAnswered} of 9 questions answered, ${evaluation.completeness.areasScored} of 7 areas scored, 0 of 9 plan sections answered`,
      "ROI: not computed (needs all five numbers, or declared not applicable)",
    ]);
    const blockers = evaluation.findings.filter((f) => f.severity === "blocker");
    const warnings = evaluation.findings.filter((f) => f.severity === "warning");
    expect(lines).toContain(`Blockers (${blockers.length})`);
    expect(lines.indexOf(`Blockers (${blockers.length})`)).toBeLessThan(lines.indexOf(`Warnings (${warnings.length})`));
    const first = blockers[0];
    expect(run.stdout).toContain(
      `- ${first?.ruleId} at ${first?.target}  [${first?.track}]\n  ${first?.message}\n  Fix: ${first?.remediation}\n`,
    );
  });
});
