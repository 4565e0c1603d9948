import { describe, expect, it } from "vitest";
import { activeFilters, withoutFilters } from "@/lib/dashboard/active-filters";
import { parseTableQuery, toSearchParams, type TableQuery } from "@/lib/dashboard/table-query";

const OWNERS = [{ id: "u-1", name: "Owen Brandt" }];
const base: TableQuery = { sort: "name", dir: "desc", page: 3 };

describe("activeFilters", () => {
  it("has no chip when nothing filters the table", () => {
    expect(activeFilters(base, OWNERS)).toEqual([]);
  });

  it("reads each filter in words, the rule by its title with the id kept for the tooltip", () => {
    const query: TableQuery = { ...base, verdict: "blocked", system: "crm", owner: "u-1", rule: "TEST_CASE_FAILING" };
    const chips = activeFilters(query, OWNERS);
    expect(chips.map((c) => c.label)).toEqual(["Verdict: Blocked", "System: CRM", "Owner: Owen Brandt", "Blocked by: Test case failing"]);
    expect(chips.find((c) => c.key === "rule")?.detail).toBe("TEST_CASE_FAILING");
    expect(chips.map((c) => c.label).join(" ")).not.toContain("TEST_CASE_FAILING");
  });

  it("each chip's link drops only its own filter, keeps the sort and goes back to page 1", () => {
    const query: TableQuery = { ...base, verdict: "blocked", rule: "SCORE_BELOW_3" };
    const [verdict, rule] = activeFilters(query, OWNERS);
    expect(parseTableQuery(Object.fromEntries(new URLSearchParams(toSearchParams(verdict!.without))))).toEqual({
      ...base,
      rule: "SCORE_BELOW_3",
      page: 1,
    });
    expect(parseTableQuery(Object.fromEntries(new URLSearchParams(toSearchParams(rule!.without))))).toEqual({
      ...base,
      verdict: "blocked",
      page: 1,
    });
  });

  it("names an owner it cannot find instead of showing an id", () => {
    const [chip] = activeFilters({ ...base, owner: "u-gone" }, OWNERS);
    expect(chip?.label).toBe("Owner: someone who owns no active project");
  });

  it("clear all removes every filter and nothing else", () => {
    const query: TableQuery = { ...base, verdict: "ready", system: "erp", owner: "u-1", rule: "SCORE_BELOW_3" };
    expect(toSearchParams(withoutFilters(query))).toBe("?sort=name&dir=desc");
  });
});
