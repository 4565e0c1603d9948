import { describe, expect, it } from "vitest";
import { findingHref, matchingRuleIds } from "@/lib/search/findings";
import { projectBaseOf, questionHits } from "@/lib/search/questions";
import { matchRank, rankItems } from "@/lib/search/rank";
import { searchQuerySchema } from "@/lib/search/schema";

describe("matchRank", () => {
  it("ranks the whole text, then its start, then a word start, then anywhere; ignores case and accents", () => {
    expect(matchRank("Émile", "emile")).toBe(0);
    expect(matchRank("Lead intake", "LEAD")).toBe(1);
    expect(matchRank("Call notes to CRM", "notes")).toBe(2);
    expect(matchRank("Renewal", "new")).toBe(3);
    expect(matchRank("Renewal", "xyz")).toBeNull();
    expect(matchRank("Renewal", "   ")).toBeNull();
  });

  it("sorts by rank, keeps the given order on ties and stops at the limit", () => {
    const items = ["a lead", "Lead", "leader", "misleading", "other"];
    expect(rankItems(items, (item) => [item], "lead", 10)).toEqual(["Lead", "leader", "a lead", "misleading"]);
    expect(rankItems(items, (item) => [item], "lead", 2)).toEqual(["Lead", "leader"]);
  });
});

describe("question hits", () => {
  it("finds a question by its title, its short name or its number", () => {
    expect(questionHits("source of truth", null).map((hit) => hit.id)).toEqual(["sourceOfTruth"]);
    expect(questionHits("q5", null)[0]).toMatchObject({ id: "actions", label: "Q5 Actions", href: "/rules#group-actions" });
  });

  it("opens the step in the current project's workspace when inside a project", () => {
    const base = projectBaseOf("/o/acme/projects/7d0c7f5e-0000-4000-8000-000000000000/plan");
    expect(base).toBe("/o/acme/projects/7d0c7f5e-0000-4000-8000-000000000000");
    expect(questionHits("logs", base)[0]!.href).toBe(`${base}#answers.logs`);
    expect(projectBaseOf("/o/acme/projects/new")).toBeNull();
    expect(projectBaseOf("/o/acme/projects")).toBeNull();
  });
});

describe("finding matches", () => {
  it("matches rules by title or id and links a finding to its question's step", () => {
    expect(matchingRuleIds("test case failing")).toContain("TEST_CASE_FAILING");
    expect(matchingRuleIds("TEST_CASE_FAILING")[0]).toBe("TEST_CASE_FAILING");
    expect(matchingRuleIds("no rule has this title")).toEqual([]);
    expect(findingHref("/o/a/projects/p", { question: "testCases" })).toBe("/o/a/projects/p#answers.testCases");
    expect(findingHref("/o/a/projects/p", {})).toBe("/o/a/projects/p/dashboard");
  });
});

describe("the search route's query", () => {
  it("takes 1–100 characters once trimmed and names the field otherwise", () => {
    expect(searchQuerySchema.parse({ q: "  lead " })).toEqual({ q: "lead" });
    for (const q of [undefined, "", "   ", "x".repeat(101), "x".repeat(10_000)]) {
      const result = searchQuerySchema.safeParse({ q });
      expect(result.success, String(q).slice(0, 10)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["q"]);
    }
  });
});
