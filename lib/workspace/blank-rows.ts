/**
 * Blank list rows ("+ Add row" clicked, nothing typed yet) are not answers: an empty row
 * never marks a question answered nor flips the verdict to blocked. Ruleset 2.0.0 ignores
 * them in the engine (compactDocument, which the step progress uses for the same reading).
 */
import { evaluate, hasContent, type EvaluationV2, type JudgedDocument } from "@/lib/readiness/client";

export function isBlankRow(row: unknown): boolean {
  return !hasContent(row);
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
