import { evaluate, RULESET_VERSION, type AssessmentDocument } from "@/lib/readiness";
import { summarize } from "./evaluation-summary";

/** The frozen part of a snapshot row: the document, its evaluation and the summary columns. */
export function snapshotRecord(document: AssessmentDocument) {
  const evaluation = evaluate(document, { ruleset: RULESET_VERSION });
  const summary = summarize(evaluation);
  return {
    document,
    evaluation,
    rulesetVersion: evaluation.rulesetVersion,
    verdict: summary.verdict,
    readinessIndex: summary.readinessIndex,
    blockerCount: summary.blockerCount,
    warningCount: summary.warningCount,
  };
}
