/**
 * "What changed since the last review": two documents (snapshot vs snapshot, or snapshot vs
 * draft) compared field by field, with the findings that appeared and disappeared. Pure.
 * Each side keeps its own evaluation: an old snapshot judged by 1.0.0 is compared as it was
 * judged, so findings a newer ruleset adds show as appeared.
 */
import { evaluate, RULESET_VERSION, type AnyEvaluation, type AnyFinding, type JudgedDocument } from "@/lib/readiness";
import { diffFields, type FieldChange } from "./diff";

export interface Comparison {
  answerChanges: FieldChange[];
  scoreChanges: FieldChange[];
  planChanges: FieldChange[];
  appeared: AnyFinding[];
  disappeared: AnyFinding[];
  verdict: { before: AnyEvaluation["verdict"]; after: AnyEvaluation["verdict"] };
  index: { before: number | null; after: number | null };
}

const findingKey = (f: AnyFinding) => `${f.ruleId}|${f.target}|${f.message}`;

const comparable = (document: JudgedDocument) => ({
  answers: document.answers ?? {},
  scores: document.scores ?? {},
  plan: document.plan ?? {},
});

export function compareDocuments(
  before: JudgedDocument,
  after: JudgedDocument,
  evaluations?: { before?: AnyEvaluation; after?: AnyEvaluation },
): Comparison {
  const a = evaluations?.before ?? evaluate(before, { ruleset: RULESET_VERSION });
  const b = evaluations?.after ?? evaluate(after, { ruleset: RULESET_VERSION });
  const beforeKeys = new Set(a.findings.map(findingKey));
  const afterKeys = new Set(b.findings.map(findingKey));
  const changes = diffFields(comparable(before), comparable(after));
  return {
    answerChanges: changes.filter((c) => c.path.startsWith("answers.")),
    scoreChanges: changes.filter((c) => c.path.startsWith("scores.")),
    planChanges: changes.filter((c) => c.path.startsWith("plan.")),
    appeared: b.findings.filter((f) => !beforeKeys.has(findingKey(f))),
    disappeared: a.findings.filter((f) => !afterKeys.has(findingKey(f))),
    verdict: { before: a.verdict, after: b.verdict },
    index: { before: a.readinessIndex, after: b.readinessIndex },
  };
}
