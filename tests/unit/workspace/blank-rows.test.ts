import { describe, expect, it } from "vitest";
import { evaluate, type AssessmentDocument } from "@/lib/readiness";
import { evaluateIgnoringBlankRows, restoreRowIndex, withoutBlankRows } from "@/lib/workspace/blank-rows";

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

  it("leaves a document without blank rows as it is", () => {
    const document = doc({ actions: [{ name: "Draft reply" }] });
    expect(withoutBlankRows(document).document).toBe(document);
    expect(evaluateIgnoringBlankRows(document)).toEqual(evaluate(document));
  });

  it("a row holding only an empty list or blank text is blank; false is an answer", () => {
    const { kept } = withoutBlankRows(doc({ dataSources: [{ name: "  " }, { canRunRedacted: false }] }));
    expect(kept.dataSources).toEqual([1]);
  });

  it("restores indices of fields inside rows and leaves other targets alone", () => {
    const kept = { actions: [2, 5] };
    expect(restoreRowIndex("answers.actions.1.approval", kept)).toBe("answers.actions.5.approval");
    expect(restoreRowIndex("answers.actions", kept)).toBe("answers.actions");
    expect(restoreRowIndex("answers.testCases.0", kept)).toBe("answers.testCases.0");
    expect(restoreRowIndex("scores.securityControls", kept)).toBe("scores.securityControls");
  });
});
