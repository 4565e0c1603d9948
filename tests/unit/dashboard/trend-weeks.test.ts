import { describe, expect, it } from "vitest";
import { completedWeekEnds, nowPoint, weekPoint, weekStart } from "@/lib/dashboard/trend-weeks";

describe("trend weeks", () => {
  it("starts a week on Monday 00:00 UTC, Sunday night included in the week before", () => {
    expect(weekStart(new Date("2026-11-25T12:00:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(weekStart(new Date("2026-11-23T00:00:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(weekStart(new Date("2026-11-22T23:59:59Z")).toISOString()).toBe("2026-11-16T00:00:00.000Z");
  });

  it("lists the ends of the completed weeks, oldest first, the latest being this week's start", () => {
    const ends = completedWeekEnds(new Date("2026-11-25T12:00:00Z"), 3).map((d) => d.toISOString().slice(0, 10));
    expect(ends).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
  });

  it("labels a week by its Sunday", () => {
    expect(weekPoint(new Date("2026-11-23T00:00:00Z"), { ready: 1, incomplete: 0, blocked: 0, index: 4 }).date).toBe("2026-11-22");
  });

  it("makes the now point from the counts of latest snapshots, rounded like the weeks; none without any", () => {
    const point = nowPoint(new Date("2026-11-25T12:00:00Z"), { ready: 1, incomplete: 1, blocked: 1, index: 8.001 / 3 });
    expect(point).toEqual({ date: "2026-11-25", ready: 1, incomplete: 1, blocked: 1, index: 2.67 });
    expect(nowPoint(new Date(), { ready: 0, incomplete: 0, blocked: 0, index: null })).toBeNull();
    expect(nowPoint(new Date("2026-11-25T12:00:00Z"), { ready: 0, incomplete: 2, blocked: 0, index: null })?.index).toBeNull();
  });
});
