import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/readiness";
import { answersOf, findingsOf, present, readyDoc, rowAt, targetsOf } from "./fixtures";

describe("SCORE_BELOW_3", () => {
  it("fires once per area scored 1 or 2, at scores.<area>", () => {
    const doc = readyDoc();
    const scores = present(doc.scores);
    scores.securityControls = { score: 2 };
    scores.taxonomyAlignment = { score: 1, note: "Statuses differ everywhere" };
    const findings = findingsOf(doc, "SCORE_BELOW_3");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([
      ["scores.securityControls", "blocker"],
      ["scores.taxonomyAlignment", "blocker"],
    ]);
    expect(findings[0]?.message).toBe("Security controls is scored 2 of 5; any area below 3 blocks launch.");
    expect(findings[0]?.source).toBe("001 §Quick Integration Readiness Score");
    expect(findings[0]?.remediation).toContain("Least-privilege access per action");
  });

  it("does not fire on a 3", () => {
    const doc = readyDoc();
    present(doc.scores).securityControls = { score: 3 };
    expect(targetsOf(doc, "SCORE_BELOW_3")).toEqual([]);
  });
});

describe("SCORE_CONTRADICTS_ANSWERS", () => {
  it("fires on an area scored 4 while a blocker sits on a question it covers", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).actions, 1).approval = "automated"; // Q5 → security controls (scored 4)
    const findings = findingsOf(doc, "SCORE_CONTRADICTS_ANSWERS");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["scores.securityControls", "warning"]]);
    expect(findings[0]?.message).toBe("Security controls is scored 4 of 5, but 2 blockers sit on Q5, which this area covers.");
  });

  it("names every covered question with blockers", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).actions, 1).approval = "automated";
    rowAt(answersOf(doc).dataSources, 0).audienceMaySeeSource = false;
    expect(findingsOf(doc, "SCORE_CONTRADICTS_ANSWERS")[0]?.message).toContain("3 blockers sit on Q3 and Q5");
  });

  it("does not fire when the area is scored 3, or the blocker is on another area's question", () => {
    const scoredThree = readyDoc();
    rowAt(answersOf(scoredThree).actions, 1).approval = "automated";
    present(scoredThree.scores).securityControls = { score: 3 };
    expect(targetsOf(scoredThree, "SCORE_CONTRADICTS_ANSWERS")).toEqual([]);

    const elsewhere = readyDoc();
    present(answersOf(elsewhere).testCases)[0] = { scenario: "x", status: "fail", expectedBehavior: "y" }; // Q6 → rollout (3)
    expect(targetsOf(elsewhere, "SCORE_CONTRADICTS_ANSWERS")).toEqual([]);
    expect(evaluate(elsewhere, { ruleset: "1.0.0" }).verdict).toBe("blocked");
  });

  it("ignores warnings and score blockers", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).sourceOfTruth, 3).conflictRule; // warning on Q2 (data ownership 4)
    present(doc.scores).taxonomyAlignment = { score: 2 }; // a SCORE_BELOW_3 blocker, no question
    expect(targetsOf(doc, "SCORE_CONTRADICTS_ANSWERS")).toEqual([]);
  });
});
