import { evaluate, RULESET_VERSION, type AnyEvaluation, type AnyRuleId, type EvaluationV2 } from "@/lib/readiness";
import { draftDocument, type StoredDraft } from "./document";

/** The columns a draft or snapshot keeps about its evaluation, so lists never re-judge documents. */
export interface EvaluationSummary {
  verdict: AnyEvaluation["verdict"];
  readinessIndex: number | null;
  blockerCount: number;
  warningCount: number;
  blockerRules: AnyRuleId[];
  evaluatedWith: string;
}

export function summarize(evaluation: AnyEvaluation): EvaluationSummary {
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

/** Judges a stored draft (answers, scores and plan, validated when saved, parsed again here) with the app's ruleset. */
export function evaluateDraft(draft: StoredDraft): EvaluationV2 {
  return evaluate(draftDocument(draft), { ruleset: RULESET_VERSION });
}

export function summarizeDraft(draft: StoredDraft): EvaluationSummary {
  return summarize(evaluateDraft(draft));
}

/** Summaries judged by any other version are stale and re-judged (lib/dashboard/stale-summaries.ts). */
export const CURRENT_RULESET = RULESET_VERSION;
