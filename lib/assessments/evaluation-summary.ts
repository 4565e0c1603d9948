import { evaluate, RULESET_VERSION, type Evaluation, type RuleId } from "@/lib/readiness";
import { draftDocument } from "./document";

/** The columns a draft or snapshot keeps about its evaluation, so lists never re-judge documents. */
export interface EvaluationSummary {
  verdict: Evaluation["verdict"];
  readinessIndex: number | null;
  blockerCount: number;
  warningCount: number;
  blockerRules: RuleId[];
  evaluatedWith: string;
}

export function summarize(evaluation: Evaluation): EvaluationSummary {
  const blockers = evaluation.findings.filter((f) => f.severity === "blocker");
  return {
    verdict: evaluation.verdict,
    readinessIndex: evaluation.readinessIndex,
    blockerCount: blockers.length,
    warningCount: evaluation.findings.filter((f) => f.severity === "warning").length,
    blockerRules: [...new Set(blockers.map((f) => f.ruleId))].sort(),
    evaluatedWith: evaluation.rulesetVersion,
  };
}

/** Judges stored answers and scores (validated when they were saved, parsed again here) with the app's ruleset. */
export function evaluateDraft(draft: { answers: unknown; scores: unknown }): Evaluation {
  return evaluate(draftDocument(draft), { ruleset: RULESET_VERSION });
}

export function summarizeDraft(draft: { answers: unknown; scores: unknown }): EvaluationSummary {
  return summarize(evaluateDraft(draft));
}

export const CURRENT_RULESET = RULESET_VERSION;
