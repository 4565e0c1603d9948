import { describe, expect, it } from "vitest";
import { phaseBreakdown } from "@/lib/dashboard/portfolio-phases";
import { hoursText, moneyText } from "@/lib/dashboard/value-text";

describe("the portfolio's ROI figures in words", () => {
  it("writes hours and money per currency, and says when the plans name no currency", () => {
    expect(hoursText(1234.56)).toBe("1,235 h");
    expect(moneyText(17100.4, "USD")).toBe("$17,100");
    expect(moneyText(-1200, "EUR")).toBe("-€1,200");
    expect(moneyText(1200, null)).toBe("1,200 (no currency given)");
  });
});

describe("projects by rollout phase", () => {
  it("orders phases as the rollout runs, puts a phase without a stage after them, and counts the rest as no current phase", () => {
    const counts = new Map([
      ["full", 1],
      ["unstaged", 2],
      ["pilot", 3],
    ] as const);
    expect(phaseBreakdown(counts, 12)).toEqual([
      { phase: "pilot", count: 3 },
      { phase: "full", count: 1 },
      { phase: "unstaged", count: 2 },
      { phase: null, count: 6 },
    ]);
  });
});
