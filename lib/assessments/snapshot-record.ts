import { evaluate, RULESET_VERSION, type JudgedDocument } from "@/lib/readiness";
import { summarize } from "./evaluation-summary";

/** The frozen part of a snapshot row: the document (v2 with its plan, from toDocument), its evaluation by the app's ruleset and the summary columns. */
export function snapshotRecord(document: JudgedDocument) {
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
