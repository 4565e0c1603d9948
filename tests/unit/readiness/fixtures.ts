/** Shared test fixtures: the example documents, typed, and small accessors for mutating them. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluate, parseAssessment, type AssessmentDocument, type Finding, type RuleId } from "@/lib/readiness";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

export type ExampleName = "ready" | "blocked" | "empty";

export function exampleText(name: ExampleName): string {
  return readFileSync(path.join(REPO_ROOT, "public/examples", `${name}.json`), "utf8");
}

/** A fresh, typed copy of an example (each call parses again, so tests may mutate it). */
export function loadExample(name: ExampleName): AssessmentDocument {
  const parsed = parseAssessment(JSON.parse(exampleText(name)));
  if (!parsed.ok) throw new Error(`example ${name} is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.document;
}

export function readyDoc(): AssessmentDocument {
  return loadExample("ready");
}

export function findingsOf(document: AssessmentDocument, ruleId: RuleId): Finding[] {
  return evaluate(document, { ruleset: "1.0.0" }).findings.filter((finding) => finding.ruleId === ruleId);
}

export function targetsOf(document: AssessmentDocument, ruleId: RuleId): string[] {
  return findingsOf(document, ruleId).map((finding) => finding.target);
}

/** The `answers` of a document, created if absent. */
export function answersOf(document: AssessmentDocument): NonNullable<AssessmentDocument["answers"]> {
  document.answers ??= {};
  return document.answers;
}

/** Row `index` of a list, failing the test loudly if it does not exist. */
export function rowAt<T>(rows: T[] | undefined, index: number): T {
  const row = rows?.[index];
  if (row === undefined) throw new Error(`no row ${index}`);
  return row;
}

/** A section that the fixture is known to have. */
export function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected the fixture to have this section");
  return value;
}
