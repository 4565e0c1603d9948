import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { failedTestsIn } from "@/lib/cli/report-failures";

const dir = mkdtempSync(path.join(tmpdir(), "report-failures-"));
function report(name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("failedTestsIn", () => {
  it("names each failed vitest test with the first non-empty line of its error, colours removed", () => {
    const file = report("vitest.json", {
      numPassedTests: 1,
      testResults: [
        {
          name: path.join(process.cwd(), "tests/unit/a.test.ts"),
          assertionResults: [
            {
              status: "failed",
              fullName: "area › breaks",
              failureMessages: ["\n\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at x"],
            },
            { status: "passed", fullName: "area › works", failureMessages: [] },
          ],
        },
      ],
    });
    expect(failedTestsIn(file)).toEqual([{ title: "tests/unit/a.test.ts › area › breaks", error: "AssertionError: expected 1 to be 2" }]);
  });

  it("walks Playwright's nested suites and reports a timeout without an error message by its status", () => {
    const file = report("playwright.json", {
      stats: { expected: 1, unexpected: 2 },
      suites: [
        {
          title: "phone.spec.ts",
          file: "phone.spec.ts",
          specs: [{ title: "top", ok: false, tests: [{ results: [{ status: "timedOut" }] }] }],
          suites: [
            {
              title: "on a small phone",
              file: "phone.spec.ts",
              specs: [
                { title: "fits", ok: false, tests: [{ results: [{ status: "failed", error: { message: "Error: overflow\nmore" } }] }] },
                { title: "passes", ok: true, tests: [{ results: [{ status: "passed" }] }] },
              ],
            },
          ],
        },
      ],
    });
    expect(failedTestsIn(file)).toEqual([
      { title: "phone.spec.ts › top", error: "timedOut" },
      { title: "phone.spec.ts › on a small phone › fits", error: "Error: overflow" },
    ]);
  });

  it("has nothing to say about a stage that wrote no report", () => {
    expect(failedTestsIn(path.join(dir, "missing.json"))).toEqual([]);
  });
});
