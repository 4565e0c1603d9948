import { describe, expect, it } from "vitest";
import { evaluate, parseEvaluation } from "@/lib/readiness";
import { loadExample } from "./fixtures";

describe("example documents", () => {
  it("ready.json is ready with no findings at all and every question answered", () => {
    const evaluation = evaluate(loadExample("ready"), { ruleset: "1.0.0" });
    expect(evaluation.verdict).toBe("ready");
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.completeness).toEqual({ questionsAnswered: 9, questionsTotal: 9, areasScored: 7, areasTotal: 7 });
    expect(evaluation.readinessIndex).toBe(3.43);
  });

  it("blocked.json is blocked by several distinct blockers", () => {
    const evaluation = evaluate(loadExample("blocked"), { ruleset: "1.0.0" });
    expect(evaluation.verdict).toBe("blocked");
    const blockerRules = new Set(evaluation.findings.filter((f) => f.severity === "blocker").map((f) => f.ruleId));
    expect(blockerRules.size).toBeGreaterThanOrEqual(8);
    expect(blockerRules).toContain("CUSTOMER_FACING_AUTOMATED");
    expect(blockerRules).toContain("SCORE_BELOW_3");
    expect(blockerRules).toContain("OBJECT_TWO_OWNERS");
    expect(parseEvaluation(evaluation).ok).toBe(true);
  });

  it("empty.json is incomplete with no index", () => {
    const evaluation = evaluate(loadExample("empty"), { ruleset: "1.0.0" });
    expect(evaluation.verdict).toBe("incomplete");
    expect(evaluation.readinessIndex).toBeNull();
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.completeness.questionsAnswered).toBe(0);
    expect(evaluation.completeness.areasScored).toBe(0);
  });
});
