import { describe, expect, it } from "vitest";
import { evaluate, type AssessmentDocument, type JudgedDocument } from "@/lib/readiness";
import { evaluateIgnoringBlankRows, isBlankRow } from "@/lib/workspace/blank-rows";

const doc = (answers: AssessmentDocument["answers"]): AssessmentDocument => ({ format: "preflight.assessment/v1", answers, scores: {} });

// The live findings panel judges the whole v2 document with 2.0.0, as the server does (lib/workspace/blank-rows.ts).
describe("blank rows in the workspace", () => {
  it("an empty test case row neither answers Q6 nor blocks, though ruleset 1.0.0 alone would block", () => {
    const document = doc({ testCases: [{}] });
    expect(evaluate(document, { ruleset: "1.0.0" }).verdict).toBe("blocked");
    const evaluation = evaluateIgnoringBlankRows(document);
    expect(evaluation.verdict).toBe("incomplete");
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.completeness.questionsAnswered).toBe(0);
  });

  it("findings of the rows kept point at the rows as they are on screen", () => {
    const document = doc({ testCases: [{}, { scenario: "Duplicate account" }, {}, { scenario: "Refund over limit" }] });
    const targets = evaluateIgnoringBlankRows(document).findings.map((finding) => finding.target);
    expect(targets).toContain("answers.testCases.1");
    expect(targets).toContain("answers.testCases.3");
    expect(targets).not.toContain("answers.testCases.0");
    expect(targets).not.toContain("answers.testCases.2");
    expect(targets).toContain("answers.testCases");
  });

  it("is ruleset 2.0.0 on the whole document, as the server judges it", () => {
    const document = doc({ actions: [{ name: "Draft reply" }] });
    expect(evaluateIgnoringBlankRows(document)).toEqual(evaluate(document));
    expect(evaluateIgnoringBlankRows(document).rulesetVersion).toBe("2.0.0");
  });

  it("a row holding only an empty list or blank text is blank; false is an answer", () => {
    expect(isBlankRow({ name: "  ", sensitivity: [] })).toBe(true);
    expect(isBlankRow({ canRunRedacted: false })).toBe(false);
  });

  it("blank rows of a plan list are left out too, and findings point at the rows on screen", () => {
    const document: JudgedDocument = {
      format: "preflight.assessment/v2",
      plan: { rollout: [{}, { name: "Everyone at once", stage: "full" }] },
    };
    const targets = evaluateIgnoringBlankRows(document).findings.map((finding) => finding.target);
    expect(targets).toContain("plan.rollout.1");
    expect(targets).not.toContain("plan.rollout.0");
  });
});
