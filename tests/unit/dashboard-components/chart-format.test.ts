import { describe, expect, it } from "vitest";
import { AREA_SHORT_LABELS, isBlockingScore, scoreBand } from "@/lib/readiness/score-meaning";
import {
  formatDay,
  formatDayShort,
  formatIndex,
  formatScore,
  hasVerdictCounts,
  plural,
  radarSummary,
  share,
  sortByDate,
  topBlockers,
  trendSummary,
  type BlockerItem,
  type RadarArea,
} from "@/components/dashboard/chart-format";
import { AREA_KEYS } from "@/lib/readiness";

describe("score bands", () => {
  it("puts every score below 3 in the blocker band and only those", () => {
    expect([1, 2, 2.99].map(scoreBand)).toEqual(["blocker", "blocker", "blocker"]);
    expect([3, 3.5].map(scoreBand)).toEqual(["fair", "fair"]);
    expect([4, 5].map(scoreBand)).toEqual(["strong", "strong"]);
    expect([undefined, null, Number.NaN].map(scoreBand)).toEqual(["unscored", "unscored", "unscored"]);
    expect(isBlockingScore(2)).toBe(true);
    expect(isBlockingScore(3)).toBe(false);
    expect(isBlockingScore(null)).toBe(false);
  });

  it("has a short label for each of the seven areas", () => {
    expect(Object.keys(AREA_SHORT_LABELS).sort()).toEqual([...AREA_KEYS].sort());
  });
});

describe("formatting", () => {
  it("formats scores, index and missing values", () => {
    expect(formatScore(4)).toBe("4");
    expect(formatScore(3.25)).toBe("3.3");
    expect(formatScore(null)).toBe("–");
    expect(formatIndex(3.5)).toBe("3.50");
    expect(formatIndex(null)).toBe("–");
  });

  it("formats ISO days without depending on the time zone or locale", () => {
    expect(formatDay("2025-03-04")).toBe("4 Mar 2025");
    expect(formatDay("2025-12-31T23:00:00Z")).toBe("31 Dec 2025");
    expect(formatDayShort("2025-03-04", false)).toBe("4 Mar");
    expect(formatDayShort("2025-03-04", true)).toBe("4 Mar 25");
    expect(formatDay("soon")).toBe("soon");
  });

  it("writes days in the organization's format", () => {
    expect(formatDay("2025-03-04", "iso")).toBe("2025-03-04");
    expect(formatDay("2025-12-31T23:00:00Z", "month_day_year")).toBe("Dec 31, 2025");
    expect(formatDayShort("2025-03-04", false, "numeric_dmy")).toBe("04.03.");
    expect(formatDayShort("2025-03-04", true, "iso")).toBe("25-03-04");
    expect(formatDayShort("soon", true, "iso")).toBe("soon");
  });

  it("pluralises and computes shares", () => {
    expect(plural(1, "project")).toBe("1 project");
    expect(plural(0, "project")).toBe("0 projects");
    expect(share(1, 3)).toBe(33);
    expect(share(5, 0)).toBe(0);
  });
});

describe("radarSummary", () => {
  const areas: RadarArea[] = [
    { key: "workflowMapping", label: "Workflow mapping", current: 4, previous: 3 },
    { key: "dataOwnership", label: "Data ownership clarity", current: 2, previous: 2 },
    { key: "securityControls", label: "Security controls", current: null, previous: null },
  ];

  it("names every score, the areas below 3 and the change since the snapshot", () => {
    const text = radarSummary(areas, "Last snapshot");
    expect(text).toContain("Workflow mapping 4");
    expect(text).toContain("Security controls not scored");
    expect(text).toContain("Below 3: Data ownership clarity.");
    expect(text).toContain("1 area changed since the last snapshot.");
  });

  it("says when there is nothing to compare", () => {
    const text = radarSummary(
      areas.map((a) => ({ ...a, previous: null })),
      "Last snapshot",
    );
    expect(text).toContain("No earlier snapshot to compare.");
  });
});

describe("trends", () => {
  const points = [
    { date: "2025-03-10", index: 3.6, ready: 2, incomplete: 1, blocked: 0 },
    { date: "2025-01-06", index: 2.4 },
    { date: "2025-02-03", index: null },
  ];

  it("sorts by day without mutating the input", () => {
    expect(sortByDate(points).map((p) => p.date)).toEqual(["2025-01-06", "2025-02-03", "2025-03-10"]);
    expect(points[0]?.date).toBe("2025-03-10");
  });

  it("summarises span, first, latest, low and high over the scored points", () => {
    const text = trendSummary(points);
    expect(text).toContain("from 6 Jan 2025 to 10 Mar 2025, 2 points");
    expect(text).toContain("went from 2.40 to 3.60");
    expect(text).toContain("lowest 2.40, highest 3.60");
  });

  it("handles a single point and no scored points", () => {
    expect(trendSummary([{ date: "2025-01-06", index: 3 }])).toContain("on 6 Jan 2025, 1 point");
    expect(trendSummary([{ date: "2025-01-06", index: null }])).toBe("No readiness index recorded yet.");
  });

  it("detects verdict counts", () => {
    expect(hasVerdictCounts(points)).toBe(true);
    expect(hasVerdictCounts([{ date: "2025-01-06", index: 2 }])).toBe(false);
  });
});

describe("topBlockers", () => {
  const item = (ruleId: string, count: number): BlockerItem => ({ ruleId, title: ruleId, count, href: `/x?rule=${ruleId}` });

  it("keeps the ten most frequent, ties by rule id, and drops zero counts", () => {
    const items = [item("B", 5), item("A", 5), item("C", 9), item("Z", 0), ...Array.from({ length: 12 }, (_, i) => item(`R${i}`, 1))];
    const top = topBlockers(items);
    expect(top).toHaveLength(10);
    expect(top.slice(0, 3).map((t) => t.ruleId)).toEqual(["C", "A", "B"]);
    expect(top.some((t) => t.ruleId === "Z")).toBe(false);
  });
});
