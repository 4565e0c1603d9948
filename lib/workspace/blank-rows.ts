/**
 * Blank list rows ("+ Add row" clicked, nothing typed yet) are not answers: an empty row
 * never marks a question answered nor flips the verdict to blocked. Ruleset 2.0.0 ignores
 * them in the engine; the step progress uses `withoutBlankRows` for the same reading.
 */
import {
  LIST_QUESTION_KEYS,
  evaluate,
  hasContent,
  type AssessmentDocument,
  type EvaluationV2,
  type JudgedDocument,
  type ListQuestionKey,
} from "@/lib/readiness/client";

export function isBlankRow(row: unknown): boolean {
  return !hasContent(row);
}

/** For each list section that had blank rows: the on-screen index of every row kept. */
export type KeptRows = Partial<Record<ListQuestionKey, readonly number[]>>;

export function withoutBlankRows(document: AssessmentDocument): { document: AssessmentDocument; kept: KeptRows } {
  const answers = document.answers;
  if (answers === undefined) return { document, kept: {} };
  const kept: Record<string, number[]> = {};
  const trimmed: Record<string, unknown> = { ...answers };
  for (const key of LIST_QUESTION_KEYS) {
    const rows: readonly unknown[] | undefined = answers[key];
    if (rows === undefined || !rows.some(isBlankRow)) continue;
    const indices = rows.flatMap((row, index) => (isBlankRow(row) ? [] : [index]));
    kept[key] = indices;
    // A section left with no rows is absent, exactly as if the rows had never been added.
    if (indices.length === 0) delete trimmed[key];
    else trimmed[key] = indices.map((index) => rows[index]);
  }
  if (Object.keys(kept).length === 0) return { document, kept: {} };
  return { document: { ...document, answers: trimmed as AssessmentDocument["answers"] }, kept };
}

/** `answers.actions.1.kind` in the trimmed copy → the same field at its on-screen index. */
export function restoreRowIndex(target: string, kept: KeptRows): string {
  const segments = target.split(".");
  if (segments[0] !== "answers" || segments.length < 3) return target;
  const indices = kept[segments[1] as ListQuestionKey];
  const index = Number(segments[2]);
  if (indices === undefined || !/^\d+$/.test(segments[2]!) || indices[index] === undefined) return target;
  return [segments[0], segments[1], String(indices[index]), ...segments.slice(3)].join(".");
}

/**
 * The engine's judgement of the whole v2 document (answers, scores and the plan) with the
 * ruleset the server uses, so the workspace, the dashboard and the portfolio agree. Ruleset
 * 2.0.0 leaves blank rows out itself (questions and plan lists) and points its findings back
 * at the rows as the person sees them.
 */
export function evaluateIgnoringBlankRows(document: JudgedDocument): EvaluationV2 {
  return evaluate(document);
}
