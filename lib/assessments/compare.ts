/**
 * "What changed since the last review": two documents (snapshot vs snapshot, or snapshot vs
 * draft) compared field by field, with the findings that appeared and disappeared. Pure.
 */
import { evaluate, RULESET_VERSION, type AssessmentDocument, type Evaluation, type Finding } from "@/lib/readiness";
import { diffFields, type FieldChange } from "./diff";

export interface Comparison {
  answerChanges: FieldChange[];
  scoreChanges: FieldChange[];
  appeared: Finding[];
  disappeared: Finding[];
  verdict: { before: Evaluation["verdict"]; after: Evaluation["verdict"] };
  index: { before: number | null; after: number | null };
}

const findingKey = (f: Finding) => `${f.ruleId}|${f.target}|${f.message}`;

export function compareDocuments(
  before: AssessmentDocument,
  after: AssessmentDocument,
  evaluations?: { before?: Evaluation; after?: Evaluation },
): Comparison {
  const a = evaluations?.before ?? evaluate(before, { ruleset: RULESET_VERSION });
  const b = evaluations?.after ?? evaluate(after, { ruleset: RULESET_VERSION });
  const beforeKeys = new Set(a.findings.map(findingKey));
  const afterKeys = new Set(b.findings.map(findingKey));
  const changes = diffFields(
    { answers: before.answers ?? {}, scores: before.scores ?? {} },
    { answers: after.answers ?? {}, scores: after.scores ?? {} },
  );
  return {
    answerChanges: changes.filter((c) => c.path.startsWith("answers.")),
    scoreChanges: changes.filter((c) => c.path.startsWith("scores.")),
    appeared: b.findings.filter((f) => !beforeKeys.has(findingKey(f))),
    disappeared: a.findings.filter((f) => !afterKeys.has(findingKey(f))),
    verdict: { before: a.verdict, after: b.verdict },
    index: { before: a.readinessIndex, after: b.readinessIndex },
  };
}
