/** Example documents (v1 and v2) and their evaluations, for the remediation plan's tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  evaluate,
  parseAnyAssessment,
  type AssessmentDocumentV2,
  type Evaluation,
  type EvaluationV2,
  type RulesetVersion,
} from "@/lib/readiness";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

export type Example = "blocked" | "ready" | "empty" | "blocked-v2" | "ready-v2";

/** A fresh copy of an example, read as v2 (a v1 document is one without the plan). */
export function loadDocument(name: Example): AssessmentDocumentV2 {
  const parsed = parseAnyAssessment(JSON.parse(readFileSync(path.join(REPO_ROOT, "public/examples", `${name}.json`), "utf8")));
  if (!parsed.ok) throw new Error(`example ${name} is invalid`);
  return parsed.document;
}

export function judged(name: Example, ruleset: "1.0.0"): { document: AssessmentDocumentV2; evaluation: Evaluation };
export function judged(name: Example, ruleset: "2.0.0"): { document: AssessmentDocumentV2; evaluation: EvaluationV2 };
export function judged(name: Example, ruleset: RulesetVersion) {
  const document = loadDocument(name);
  return { document, evaluation: evaluate(document, { ruleset }) };
}
