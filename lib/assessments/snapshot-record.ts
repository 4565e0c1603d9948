import { evaluate, RULESET_VERSION, type JudgedDocument, type RulesetVersion } from "@/lib/readiness";
import { summarize } from "./evaluation-summary";

/**
 * The frozen part of a snapshot row: the document (v2 with its plan, from toDocument), its
 * evaluation by the app's ruleset and the summary columns. Another ruleset only for history
 * written as an earlier release would have (the demo's snapshots from before 2.0.0).
 */
export function snapshotRecord(document: JudgedDocument, ruleset: RulesetVersion = RULESET_VERSION) {
  const evaluation = evaluate(document, { ruleset });
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
