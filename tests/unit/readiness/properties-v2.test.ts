/** Properties of ruleset 2.0.0 over generated v2 documents, and of 1.0.0 against 2.0.0 on v1 documents. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_FORMAT_V2,
  LIST_PLAN_SECTION_KEYS,
  LIST_QUESTION_KEYS,
  RULE_IDS,
  TRACKS,
  compareTargets,
  evaluate,
  locateTarget,
  parseAssessmentV2,
  parseEvaluationV2,
  rowHasValue,
  rulesetRule,
  sortFindings,
  targetWithoutIndices,
  type AssessmentDocument,
  type AssessmentDocumentV2,
  type EvaluationV2,
} from "@/lib/readiness";
import { targetSortKey } from "@/lib/readiness/engine/order";
import { validDocument } from "./arbitraries";
import { validDocumentV2 } from "./arbitraries-v2";
import { shuffled } from "./shuffle";

const RUNS = { numRuns: 200 };
const V1_IDS: ReadonlySet<string> = new Set(RULE_IDS);

function withoutIndices(evaluation: EvaluationV2): string[] {
  return evaluation.findings
    .map((f) => JSON.stringify([f.ruleId, f.severity, f.track, targetWithoutIndices(f.target), f.message, f.remediation, f.source]))
    .sort();
}

function reorderAll(doc: AssessmentDocumentV2, seed: number): AssessmentDocumentV2 {
  const answers: Record<string, unknown> = { ...doc.answers };
  for (const [i, key] of LIST_QUESTION_KEYS.entries()) {
    const rows: readonly object[] | undefined = doc.answers?.[key];
    if (rows !== undefined) answers[key] = shuffled(rows, seed + i);
  }
  const plan: Record<string, unknown> = { ...doc.plan };
  for (const [i, key] of LIST_PLAN_SECTION_KEYS.entries()) {
    const rows: readonly object[] | undefined = doc.plan?.[key];
    // Rollout phases are taken in document order ("first phase"): their order is meaning, not layout.
    if (rows !== undefined && key !== "rollout") plan[key] = shuffled(rows, seed + 10 + i);
  }
  return { ...doc, answers, ...(doc.plan === undefined ? {} : { plan }) } as AssessmentDocumentV2;
}

/** The document with every blank row removed (what 2.0.0 judges). */
function withoutBlankRows(doc: AssessmentDocument): AssessmentDocument {
  const answers: Record<string, unknown> = { ...doc.answers };
  for (const key of LIST_QUESTION_KEYS) {
    const rows = doc.answers?.[key];
    if (rows !== undefined) answers[key] = (rows as object[]).filter(rowHasValue);
  }
  return { ...doc, answers } as AssessmentDocument;
}

// Generated v2 documents are larger than v1 ones: on a busy shared machine 200 runs can take seconds.
describe("ruleset 2.0.0 properties", { timeout: 60_000 }, () => {
  it("generated v2 documents are valid (the arbitraries are honest)", () => {
    fc.assert(
      fc.property(validDocumentV2, (doc) => {
        const parsed = parseAssessmentV2(JSON.parse(JSON.stringify(doc)));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never throws; output passes the v2 schema, is sorted, tracked, finite, and the verdict follows the rule", () => {
    fc.assert(
      fc.property(validDocumentV2, (doc) => {
        const evaluation = evaluate(doc);
        const text = JSON.stringify(evaluation);
        expect(text).not.toMatch(/NaN|Infinity/);
        const parsed = parseEvaluationV2(JSON.parse(text));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        expect(evaluation.findings).toEqual(sortFindings([...evaluation.findings].reverse()));
        for (const finding of evaluation.findings) {
          expect(TRACKS).toContain(finding.track);
          // The engine counts blockers by the rule's question or section: they must be the target's.
          const rule = rulesetRule("2.0.0", finding.ruleId);
          const located = locateTarget(finding.target);
          if (rule?.question !== undefined) expect(located.question).toBe(rule.question);
          if (rule?.planSection !== undefined) expect(located.planSection).toBe(rule.planSection);
          for (const key of [...LIST_QUESTION_KEYS, ...LIST_PLAN_SECTION_KEYS])
            expect(finding.message).not.toMatch(new RegExp(`${key}\\.\\d`));
        }
        const blocked = evaluation.findings.some((f) => f.severity === "blocker");
        const complete = evaluation.completeness.questionsAnswered === 9 && evaluation.completeness.areasScored === 7;
        expect(evaluation.verdict).toBe(blocked ? "blocked" : complete ? "ready" : "incomplete");
      }),
      RUNS,
    );
  });

  it("a plan section never makes a verdict incomplete: dropping the plan keeps ready ready", () => {
    fc.assert(
      fc.property(validDocumentV2, (doc) => {
        const { plan: _plan, ...withoutPlan } = doc;
        const planned = evaluate(doc);
        const bare = evaluate(withoutPlan);
        expect(planned.completeness.questionsAnswered).toBe(bare.completeness.questionsAnswered);
        if (bare.verdict === "blocked") expect(planned.verdict).toBe("blocked");
        if (planned.verdict !== "blocked") expect(planned.verdict).toBe(bare.verdict);
      }),
      RUNS,
    );
  });

  it("is deterministic and does not mutate its input", () => {
    fc.assert(
      fc.property(validDocumentV2, (doc) => {
        const before = JSON.stringify(doc);
        const first = evaluate(doc);
        expect(JSON.stringify(doc)).toBe(before);
        expect(evaluate(structuredClone(doc))).toEqual(first);
      }),
      RUNS,
    );
  });

  it("reordering rows changes only the indices in targets", () => {
    fc.assert(
      fc.property(validDocumentV2, fc.integer(), (doc, seed) => {
        const original = evaluate(doc);
        const moved = evaluate(reorderAll(doc, seed));
        expect(withoutIndices(moved)).toEqual(withoutIndices(original));
        expect(moved.verdict).toBe(original.verdict);
        expect(moved.roi).toEqual(original.roi);
      }),
      RUNS,
    );
  });

  it("blank rows change nothing but the indices of the rows after them", () => {
    fc.assert(
      fc.property(validDocumentV2, fc.nat({ max: 3 }), (doc, at) => {
        const padded: AssessmentDocumentV2 = {
          ...doc,
          answers: {
            ...doc.answers,
            actions: [...(doc.answers?.actions ?? []).slice(0, at), {}, { name: "  " }, ...(doc.answers?.actions ?? []).slice(at)],
          },
          plan: { ...doc.plan, kpis: [{ name: "" }, ...(doc.plan?.kpis ?? [])] },
        };
        const original = evaluate(doc);
        const evaluation = evaluate(padded);
        expect(withoutIndices(evaluation)).toEqual(withoutIndices(original));
        expect(evaluation.completeness).toEqual(original.completeness);
        // No finding points at a blank row.
        const blankTargets = [`answers.actions.${at}`, `answers.actions.${at + 1}`, "plan.kpis.0"];
        for (const finding of evaluation.findings)
          expect(blankTargets.some((t) => finding.target === t || finding.target.startsWith(`${t}.`))).toBe(false);
      }),
      RUNS,
    );
  });

  it("on a v1 document without blank rows, 2.0.0's v1 findings are 1.0.0's but for track, source and SCORE_CONTRADICTS_ANSWERS", () => {
    const compared = (id: string) => V1_IDS.has(id) && id !== "SCORE_CONTRADICTS_ANSWERS";
    fc.assert(
      fc.property(validDocument, (generated) => {
        const doc = withoutBlankRows(generated);
        const legacy = evaluate(doc, { ruleset: "1.0.0" });
        const current = evaluate({ ...doc, format: ASSESSMENT_FORMAT_V2 } as AssessmentDocumentV2);
        const strip = (f: { ruleId: string; severity: string; target: string; message: string; remediation: string }) =>
          JSON.stringify([f.ruleId, f.severity, f.target, f.message, f.remediation]);
        const v1Findings = current.findings.filter((f) => compared(f.ruleId));
        expect(v1Findings.map(strip)).toEqual(legacy.findings.filter((f) => compared(f.ruleId)).map(strip));
        expect(current.completeness).toMatchObject(legacy.completeness);
        expect(current.readinessIndex).toBe(legacy.readinessIndex);
      }),
      RUNS,
    );
  });

  it("orders plan targets the same way in place and by key", () => {
    const segment = fc.oneof(
      fc.constantFrom("plan", "answers", "scores", "rollout", "kpis", "workflowMap", "roi", "notApplicable", "a", ""),
      fc.constantFrom("0", "2", "10", "007"),
    );
    const target = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("."));
    fc.assert(
      fc.property(target, target, (a, b) => {
        const byKey = targetSortKey(a) < targetSortKey(b) ? -1 : targetSortKey(a) > targetSortKey(b) ? 1 : 0;
        expect(Math.sign(compareTargets(a, b))).toBe(byKey);
      }),
      { numRuns: 2000 },
    );
  });
});
