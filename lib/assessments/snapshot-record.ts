import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluate, RULESET_VERSION, type AssessmentDocument } from "@/lib/readiness";

/** The frozen part of a snapshot row: the document, its evaluation and the summary columns. */
export function snapshotRecord(document: AssessmentDocument) {
  const evaluation = evaluate(document);
  return {
    document: document as Prisma.InputJsonValue,
    evaluation: evaluation as unknown as Prisma.InputJsonValue,
    rulesetVersion: RULESET_VERSION,
    verdict: evaluation.verdict,
    readinessIndex: evaluation.readinessIndex,
    blockerCount: evaluation.findings.filter((f) => f.severity === "blocker").length,
    warningCount: evaluation.findings.filter((f) => f.severity === "warning").length,
  };
}
