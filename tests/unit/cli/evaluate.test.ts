/**
 * The real command line, spawned as `tsx lib/cli/evaluate.ts …`: stdout JSON, stderr lines
 * and exit codes for the examples, invalid input of every kind, stdin, and a ~5 MB document.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import { evaluate, parseAssessment, parseEvaluation, type Evaluation } from "@/lib/readiness";

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

function evaluationOf(stdout: string): Evaluation {
  const parsed = parseEvaluation(JSON.parse(stdout));
  if (!parsed.ok) throw new Error(`stdout is not an evaluation: ${JSON.stringify(parsed.issues)}`);
  return parsed.document;
}

function expectedOutput(file: string): string {
  const parsed = parseAssessment(JSON.parse(readFileSync(path.join(ROOT, file), "utf8")));
  if (!parsed.ok) throw new Error("example invalid");
  return `${JSON.stringify(evaluate(parsed.document), null, 2)}\n`;
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
      expect(run.stderr).toMatch(/^usage: npm run evaluate -- <assessment\.json \| ->.*\n$/);
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
});
