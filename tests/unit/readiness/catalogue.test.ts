import { describe, expect, it } from "vitest";
import {
  catalogueReferences,
  catalogueRuleset,
  REFERENCES,
  ruleCatalogue,
  RULESETS,
  RULE_IDS,
  RULE_IDS_ADDED_IN_V2,
} from "@/lib/readiness/client";

const idsOf = (version: "1.0.0" | "2.0.0") => ruleCatalogue(version).flatMap((group) => group.rules.map((rule) => rule.id));

describe("rule catalogue", () => {
  it("lists every rule of each ruleset exactly once: 69 under 2.0.0, 25 under 1.0.0", () => {
    expect(idsOf("2.0.0")).toHaveLength(69);
    expect(new Set(idsOf("2.0.0"))).toEqual(new Set([...RULE_IDS, ...RULE_IDS_ADDED_IN_V2]));
    expect(idsOf("1.0.0")).toHaveLength(25);
    expect(new Set(idsOf("1.0.0"))).toEqual(new Set(RULE_IDS));
  });

  it("groups by question, then plan section, then the scores; 1.0.0 has no plan groups", () => {
    const headings = ruleCatalogue("2.0.0").map((group) => group.key);
    expect(headings[0]).toBe("workflow");
    expect(headings.at(-1)).toBe("scores");
    expect(headings).toContain("plan-rollout");
    expect(ruleCatalogue("1.0.0").some((group) => group.key.startsWith("plan-"))).toBe(false);
    const rollout = ruleCatalogue("2.0.0").find((group) => group.key === "plan-rollout");
    expect(rollout?.heading).toBe("Plan: Rollout plan");
    expect(rollout?.rules.map((rule) => rule.id)).toContain("BIG_BANG_ROLLOUT");
  });

  it("reads the engine's data: readable source, track, remediation, and the title where a rule has no `when`", () => {
    const byId = new Map(
      ruleCatalogue("2.0.0")
        .flatMap((group) => group.rules)
        .map((rule) => [rule.id, rule]),
    );
    for (const rule of RULESETS["2.0.0"].rules) {
      const entry = byId.get(rule.id);
      expect(entry?.source).toBe(rule.readableSource);
      expect(entry?.track).toBe(rule.track);
      expect(entry?.remediation).toBe(rule.remediation);
      expect(entry?.when).toBe(rule.when ?? rule.title);
    }
    expect(byId.get("BIG_BANG_ROLLOUT")).toMatchObject({ severityLabel: "Blocker", trackLabel: "Observability" });
  });

  it("references: 2.0.0 cites what REFERENCES lists; 1.0.0 cites fewer sections", () => {
    expect(catalogueReferences("2.0.0")).toEqual(REFERENCES);
    const count = (version: "1.0.0" | "2.0.0") =>
      catalogueReferences(version).reduce((sum, reference) => sum + reference.sections.length, 0);
    expect(count("1.0.0")).toBeGreaterThan(0);
    expect(count("1.0.0")).toBeLessThan(count("2.0.0"));
  });

  it("?ruleset= picks a released ruleset, the latest when absent, and nothing for anything else", () => {
    expect(catalogueRuleset(undefined)).toBe("2.0.0");
    expect(catalogueRuleset("1.0.0")).toBe("1.0.0");
    expect(catalogueRuleset("2.0.0")).toBe("2.0.0");
    expect(catalogueRuleset("3.0.0")).toBeNull();
    expect(catalogueRuleset(["1.0.0", "2.0.0"])).toBeNull();
    expect(catalogueRuleset("")).toBeNull();
  });
});
