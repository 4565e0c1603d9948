import { rolloutColumns, type RolloutColumns } from "@/lib/integration-plan/rollout-columns";
import { evaluate, RULESET_VERSION, type AnyEvaluation, type AnyRuleId, type EvaluationV2, type Plan } from "@/lib/readiness";
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

/**
 * What a draft also keeps about its plan (issue #17): the ROI figures the evaluation worked
 * out (null without them, as under ruleset 1.0.0) and the rollout's columns, so the portfolio
 * totals, sorts and filters in SQL.
 */
export interface PlanSummary extends RolloutColumns {
  monthlyHoursSaved: number | null;
  monthlyNet: number | null;
  roiCurrency: string | null;
  paybackMonths: number | null;
}

export type DraftSummary = EvaluationSummary & PlanSummary;

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

export function summarizePlan(evaluation: AnyEvaluation, plan: Plan | undefined): PlanSummary {
  const roi = "roi" in evaluation ? evaluation.roi : null;
  return {
    monthlyHoursSaved: roi?.monthlyHoursSaved ?? null,
    monthlyNet: roi?.monthlyNet ?? null,
    roiCurrency: roi?.currency ?? null,
    paybackMonths: roi?.paybackMonths ?? null,
    ...rolloutColumns(plan),
  };
}

/** Judges a stored draft (answers, scores and plan, validated when saved, parsed again here) with the app's ruleset. */
export function evaluateDraft(draft: StoredDraft): EvaluationV2 {
  return evaluate(draftDocument(draft), { ruleset: RULESET_VERSION });
}

/** A draft's evaluation and every summary column it keeps: the save path's, the seed's, the import's and the refresh's. */
export function judgeDraft(draft: StoredDraft): { evaluation: EvaluationV2; summary: DraftSummary } {
  const document = draftDocument(draft);
  const evaluation = evaluate(document, { ruleset: RULESET_VERSION });
  return { evaluation, summary: { ...summarize(evaluation), ...summarizePlan(evaluation, document.plan) } };
}

export function summarizeDraft(draft: StoredDraft): DraftSummary {
  return judgeDraft(draft).summary;
}

/**
 * Summaries judged by any other version are stale and re-judged (lib/dashboard/stale-summaries.ts).
 * When the summary itself gains a column, its migration marks every draft unjudged
 * (`evaluated_with = ''`), which makes them stale in the same way.
 */
export const CURRENT_RULESET = RULESET_VERSION;
