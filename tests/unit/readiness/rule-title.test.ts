import { describe, expect, it } from "vitest";
import { RULES, RULESETS, ruleTitle } from "@/lib/readiness";

describe("ruleTitle", () => {
  it("gives a 1.0.0 id the title it always had, a 2.0.0 id its own, an unknown id itself", () => {
    for (const rule of RULES) expect(ruleTitle(rule.id)).toBe(rule.title);
    const added = RULESETS["2.0.0"].rules.find((rule) => rule.id === "NO_WORKFLOW_MAP");
    expect(ruleTitle("NO_WORKFLOW_MAP")).toBe(added?.title);
    expect(ruleTitle("A_RULE_NOBODY_RELEASED")).toBe("A_RULE_NOBODY_RELEASED");
  });
});
