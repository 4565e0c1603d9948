/**
 * The failed tests of a stage's JSON report (vitest or Playwright), named with the first line
 * of their error: printed last by `npm test`, so a CI log that keeps only its tail still says
 * what failed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface FailedTest {
  title: string;
  error: string;
}

interface VitestReport {
  testResults?: { name?: string; assertionResults?: { status?: string; fullName?: string; failureMessages?: string[] }[] }[];
}

interface PlaywrightSuite {
  title?: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title?: string; ok?: boolean; tests?: { results?: { status?: string; error?: { message?: string } }[] }[] }[];
}

const firstLine = (text: string | undefined) =>
  (text ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line.length > 0)
    ?.slice(0, 300) ?? "";

function fromVitest(report: VitestReport): FailedTest[] {
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === "failed")
      .map((test) => ({
        title: `${path.relative(process.cwd(), file.name ?? "")} › ${test.fullName ?? ""}`,
        error: firstLine(test.failureMessages?.[0]),
      })),
  );
}

function fromPlaywright(suite: PlaywrightSuite, trail: string[]): FailedTest[] {
  const here = [...trail, suite.title || suite.file || ""].filter((part, i, all) => part !== "" && all.indexOf(part) === i);
  const own = (suite.specs ?? [])
    .filter((spec) => spec.ok === false)
    .map((spec) => {
      const failed = spec.tests
        ?.flatMap((test) => test.results ?? [])
        .find((result) => result.status !== "passed" && result.status !== "skipped");
      return { title: [...here, spec.title ?? ""].join(" › "), error: firstLine(failed?.error?.message ?? failed?.status) };
    });
  return [...own, ...(suite.suites ?? []).flatMap((child) => fromPlaywright(child, here))];
}

export function failedTestsIn(file: string): FailedTest[] {
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, "utf8")) as VitestReport & { suites?: PlaywrightSuite[] };
  if ("testResults" in data) return fromVitest(data);
  return (data.suites ?? []).flatMap((suite) => fromPlaywright(suite, []));
}
