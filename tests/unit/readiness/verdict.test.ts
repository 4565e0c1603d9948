import { describe, expect, it } from "vitest";
import { AREA_KEYS, emptyAssessment, evaluate, readinessIndex, readinessPercent } from "@/lib/readiness";
import { answersOf, present, readyDoc, rowAt } from "./fixtures";

describe("verdict", () => {
  it("an empty assessment is incomplete with a null index", () => {
    const evaluation = evaluate(emptyAssessment("Lead intake"), { ruleset: "1.0.0" });
    expect(evaluation).toEqual({
      format: "preflight.evaluation/v1",
      rulesetVersion: "1.0.0",
      verdict: "incomplete",
      readinessIndex: null,
      completeness: { questionsAnswered: 0, questionsTotal: 9, areasScored: 0, areasTotal: 7 },
      findings: [],
    });
  });

  it("all questions answered, all scores ≥ 3 and no blockers is ready, even with warnings and info", () => {
    const doc = readyDoc();
    present(answersOf(doc).lowConfidence).escalationTested = false; // warning
    delete rowAt(answersOf(doc).actions, 2).shadowModeFirst; // info
    const evaluation = evaluate(doc, { ruleset: "1.0.0" });
    expect(evaluation.findings.map((f) => f.severity)).toEqual(["warning", "info"]);
    expect(evaluation.verdict).toBe("ready");
  });

  it("one score of 2 blocks", () => {
    const doc = readyDoc();
    present(doc.scores).trainingReadiness = { score: 2 };
    expect(evaluate(doc, { ruleset: "1.0.0" }).verdict).toBe("blocked");
  });

  it("an unscored area or an unanswered question makes it incomplete, not ready", () => {
    const unscored = readyDoc();
    delete present(unscored.scores).taxonomyAlignment;
    expect(evaluate(unscored, { ruleset: "1.0.0" }).verdict).toBe("incomplete");
    expect(evaluate(unscored, { ruleset: "1.0.0" }).completeness.areasScored).toBe(6);

    const unanswered = readyDoc();
    answersOf(unanswered).testCases = [];
    expect(evaluate(unanswered, { ruleset: "1.0.0" }).verdict).toBe("incomplete");
    expect(evaluate(unanswered, { ruleset: "1.0.0" }).completeness.questionsAnswered).toBe(8);
  });

  it("a blocker wins over incompleteness", () => {
    const doc = emptyAssessment();
    doc.answers = { firstLaunch: { risk: "high", automaticDecisions: true } };
    const evaluation = evaluate(doc, { ruleset: "1.0.0" });
    expect(evaluation.verdict).toBe("blocked");
    expect(evaluation.completeness.questionsAnswered).toBe(1);
  });
});

describe("readiness index", () => {
  it("is the mean of the scores present, two decimals", () => {
    const doc = emptyAssessment();
    doc.scores = { workflowMapping: { score: 4 }, dataOwnership: { score: 4 }, securityControls: { score: 3 } };
    expect(readinessIndex(doc)).toBe(3.67);
    expect(evaluate(doc, { ruleset: "1.0.0" }).readinessIndex).toBe(3.67);
  });

  it("is exact for whole means and null with no scores", () => {
    const doc = emptyAssessment();
    doc.scores = Object.fromEntries(AREA_KEYS.map((key) => [key, { score: 5 }]));
    expect(readinessIndex(doc)).toBe(5);
    expect(readinessIndex(emptyAssessment())).toBeNull();
  });

  it("converts to a whole percentage", () => {
    expect(readinessPercent(3.43)).toBe(69);
    expect(readinessPercent(5)).toBe(100);
    expect(readinessPercent(1)).toBe(20);
    expect(readinessPercent(null)).toBeNull();
  });
});
