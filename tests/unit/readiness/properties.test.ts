/** Properties of the engine and the parser over generated documents. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LIST_QUESTION_KEYS,
  RULES,
  evaluate,
  isAnswered,
  locateTarget,
  parseAssessment,
  parseEvaluation,
  readinessIndex,
  sortFindings,
  targetWithoutIndices,
  type AssessmentDocument,
  type Evaluation,
} from "@/lib/readiness";
import { areaKey, nearlyReadyDocument, validDocument } from "./arbitraries";
import { readyDoc } from "./fixtures";
import { mutate, mutationKind } from "./mutations";
import { shuffled } from "./shuffle";

const RUNS = { numRuns: 300 };

/** Random documents (nearly always blocked) mixed with near-ready ones (ready, incomplete, blocked). */
const anyDocument = fc.oneof(validDocument, nearlyReadyDocument(readyDoc()));

function withoutIndices(evaluation: Evaluation): string[] {
  return evaluation.findings
    .map((f) => JSON.stringify([f.ruleId, f.severity, targetWithoutIndices(f.target), f.message, f.remediation, f.source]))
    .sort();
}

describe("engine properties", () => {
  it("generated documents are valid (the arbitraries are honest)", () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const parsed = parseAssessment(JSON.parse(JSON.stringify(doc)));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it("any document with a score below 3 is blocked", () => {
    fc.assert(
      fc.property(anyDocument, areaKey, fc.integer({ min: 1, max: 2 }), (doc, area, score) => {
        const low: AssessmentDocument = { ...doc, scores: { ...doc.scores, [area]: { score } } };
        const evaluation = evaluate(low, { ruleset: "1.0.0" });
        expect(evaluation.verdict).toBe("blocked");
        expect(evaluation.findings.some((f) => f.ruleId === "SCORE_BELOW_3" && f.target === `scores.${area}`)).toBe(true);
      }),
      RUNS,
    );
  });

  it("is deterministic and does not mutate its input", () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const before = JSON.stringify(doc);
        const first = evaluate(doc, { ruleset: "1.0.0" });
        expect(JSON.stringify(doc)).toBe(before);
        expect(evaluate(structuredClone(doc), { ruleset: "1.0.0" })).toEqual(first);
      }),
      RUNS,
    );
  });

  it("reordering the rows of list sections changes only the indices in targets", () => {
    fc.assert(
      fc.property(anyDocument, fc.integer(), (doc, seed) => {
        const answers = doc.answers ?? {};
        const reordered: AssessmentDocument = {
          ...doc,
          answers: {
            ...answers,
            sourceOfTruth: answers.sourceOfTruth && shuffled(answers.sourceOfTruth, seed),
            dataSources: answers.dataSources && shuffled(answers.dataSources, seed + 1),
            actions: answers.actions && shuffled(answers.actions, seed + 2),
            testCases: answers.testCases && shuffled(answers.testCases, seed + 3),
          },
        };
        const original = evaluate(doc, { ruleset: "1.0.0" });
        const moved = evaluate(reordered, { ruleset: "1.0.0" });
        expect(withoutIndices(moved)).toEqual(withoutIndices(original));
        expect(moved.verdict).toBe(original.verdict);
      }),
      RUNS,
    );
  });

  it("generates every verdict", () => {
    const verdicts = new Set(fc.sample(anyDocument, { numRuns: 400, seed: 7 }).map((doc) => evaluate(doc, { ruleset: "1.0.0" }).verdict));
    expect([...verdicts].sort()).toEqual(["blocked", "incomplete", "ready"]);
  });

  it("never throws, and its output passes the evaluation schema and keeps its invariants", () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const evaluation = evaluate(doc, { ruleset: "1.0.0" });
        const parsed = parseEvaluation(JSON.parse(JSON.stringify(evaluation)));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);

        expect(evaluation.findings).toEqual(sortFindings([...evaluation.findings].reverse()));
        expect(evaluation.readinessIndex).toBe(readinessIndex(doc));
        const blocked = evaluation.findings.some((f) => f.severity === "blocker");
        const complete = evaluation.completeness.questionsAnswered === 9 && evaluation.completeness.areasScored === 7;
        expect(evaluation.verdict).toBe(blocked ? "blocked" : complete ? "ready" : "incomplete");

        for (const finding of evaluation.findings) {
          const rule = RULES.find((r) => r.id === finding.ruleId);
          const { question } = locateTarget(finding.target);
          // A finding points into its rule's question, and only once that question is answered.
          expect(question).toBe(rule?.question ?? null);
          if (question !== null) expect(isAnswered(doc, question)).toBe(true);
          // Messages never carry row indices.
          for (const key of LIST_QUESTION_KEYS) expect(finding.message).not.toMatch(new RegExp(`${key}\\.\\d`));
        }
      }),
      RUNS,
    );
  });
});

describe("parser properties", () => {
  it("rejects every mutated document with a line at the mutated path", () => {
    fc.assert(
      fc.property(validDocument, mutationKind, fc.nat(), (doc, kind, pick) => {
        const mutation = mutate(doc, kind, pick);
        const result = parseAssessment(mutation.document);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThanOrEqual(1);
        for (const issue of result.issues) {
          expect(issue.path).not.toBe("");
          expect(issue.message).not.toBe("");
        }
        const here = result.issues.filter((issue) => issue.path === mutation.expectedPath);
        expect(here, `${mutation.kind} at ${mutation.expectedPath}: ${JSON.stringify(result.issues)}`).not.toEqual([]);
        if (mutation.expectedText !== undefined) {
          expect(here.some((issue) => issue.message.includes(mutation.expectedText ?? ""))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
