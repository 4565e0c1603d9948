import {
  parseAnyAssessment,
  parseEvaluation,
  parseEvaluationV2,
  type AnyEvaluation,
  type AssessmentDocumentV2,
  type ParseResult,
  type ValidationIssue,
} from "@/lib/readiness";

/**
 * A snapshot's document and evaluation come back from JSON columns as plain values. They are
 * parsed here, once, with the format's own schemas, so every reader gets typed values and a
 * row changed behind the app fails where it is read instead of rendering something wrong.
 * Snapshots are immutable and were produced by the same schemas, so a parse failure is a bug
 * or tampering, not a user error: it throws.
 *
 * Snapshots keep the format and the ruleset they were made with: a v1 document reads as v2
 * (only its format string differs), and the evaluation stays the one that ruleset gave —
 * `preflight.evaluation/v1` for 1.0.0, v2 for 2.0.0 — never re-judged here.
 */

function unreadable(what: string, issues: ValidationIssue[]): Error {
  return new Error(`Stored snapshot ${what} is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
}

export function readSnapshotDocument(stored: unknown): AssessmentDocumentV2 {
  const parsed = parseAnyAssessment(stored);
  if (!parsed.ok) throw unreadable("document", parsed.issues);
  return parsed.document;
}

/** The ruleset an evaluation names; 1.0.0's output is read with the v1 schema, any later one with v2. */
function judgedByFirstRuleset(stored: unknown): boolean {
  return typeof stored === "object" && stored !== null && (stored as { rulesetVersion?: unknown }).rulesetVersion === "1.0.0";
}

/** A stored evaluation by the schema of the ruleset it names (shared with the organization archive's reader). */
export function parseSnapshotEvaluation(stored: unknown): ParseResult<AnyEvaluation> {
  return judgedByFirstRuleset(stored) ? parseEvaluation(stored) : parseEvaluationV2(stored);
}

export function readSnapshotEvaluation(stored: unknown): AnyEvaluation {
  const parsed = parseSnapshotEvaluation(stored);
  if (!parsed.ok) throw unreadable("evaluation", parsed.issues);
  return parsed.document;
}

/** A snapshot row with its JSON columns parsed; every other column passes through. */
export function readSnapshot<Row extends { document: unknown; evaluation: unknown }>(
  row: Row,
): Omit<Row, "document" | "evaluation"> & { document: AssessmentDocumentV2; evaluation: AnyEvaluation } {
  return { ...row, document: readSnapshotDocument(row.document), evaluation: readSnapshotEvaluation(row.evaluation) };
}
