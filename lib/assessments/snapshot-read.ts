import { parseAssessment, parseEvaluation, type AssessmentDocument, type Evaluation, type ValidationIssue } from "@/lib/readiness";

/**
 * A snapshot's document and evaluation come back from JSON columns as plain values. They are
 * parsed here, once, with the format's own schemas, so every reader gets typed values and a
 * row changed behind the app fails where it is read instead of rendering something wrong.
 * Snapshots are immutable and were produced by the same schemas, so a parse failure is a bug
 * or tampering, not a user error: it throws.
 */

function unreadable(what: string, issues: ValidationIssue[]): Error {
  return new Error(`Stored snapshot ${what} is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
}

export function readSnapshotDocument(stored: unknown): AssessmentDocument {
  const parsed = parseAssessment(stored);
  if (!parsed.ok) throw unreadable("document", parsed.issues);
  return parsed.document;
}

export function readSnapshotEvaluation(stored: unknown): Evaluation {
  const parsed = parseEvaluation(stored);
  if (!parsed.ok) throw unreadable("evaluation", parsed.issues);
  return parsed.document;
}

/** A snapshot row with its JSON columns parsed; every other column passes through. */
export function readSnapshot<Row extends { document: unknown; evaluation: unknown }>(
  row: Row,
): Omit<Row, "document" | "evaluation"> & { document: AssessmentDocument; evaluation: Evaluation } {
  return { ...row, document: readSnapshotDocument(row.document), evaluation: readSnapshotEvaluation(row.evaluation) };
}
