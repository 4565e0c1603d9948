import { describe, expect, it } from "vitest";
import { dateOfDay, dayNumber } from "@/lib/integration-plan/calendar-day";
import { rolloutColumns, type RolloutColumns } from "@/lib/integration-plan/rollout-columns";
import { rolloutPhasesOf, rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import type { Plan } from "@/lib/readiness";

/** What the SQL does (width_bucket: how many change days are on or before the day), in TypeScript. */
function lookUp(columns: RolloutColumns, day: number): number | null {
  if (columns.phaseSchedule.length === 0) return null;
  const passed = columns.phaseChanges.filter((change) => change <= day).length;
  return columns.phaseSchedule[passed] || null;
}

const PLANS: Record<string, Plan> = {
  gap: {
    rollout: [
      { stage: "read_only", start: "2027-01-01", end: "2027-01-10" },
      { stage: "shadow", start: "2027-01-20", end: "2027-01-31" },
      { stage: "pilot", start: "2027-02-10" },
    ],
  },
  lastEnds: { rollout: [{ stage: "pilot", start: "2027-03-01", end: "2027-03-05" }] },
  endOnly: {
    rollout: [
      { stage: "shadow", end: "2027-01-10" },
      { stage: "full", start: "2027-01-05", end: "2027-01-20" },
    ],
  },
  undated: { rollout: [{ stage: "sandbox" }, { stage: "pilot" }] },
  notApplicable: { rollout: [{ stage: "pilot", start: "2027-01-01" }], notApplicable: { rollout: "No rollout: a report only" } },
};

describe("the rollout's columns", () => {
  for (const [name, plan] of Object.entries(PLANS)) {
    it(`give the timeline's current phase on every day (${name})`, () => {
      const columns = rolloutColumns(plan);
      const first = dayNumber("2026-12-20")!;
      for (let day = first; day < first + 120; day += 1) {
        const current = rolloutTimeline(rolloutPhasesOf(plan), dateOfDay(day)).current;
        expect(lookUp(columns, day), dateOfDay(day)).toBe(current === null ? null : current.order + 1);
      }
    });
  }

  it("keep a change day only where the phase changes, and nothing without dates", () => {
    const gap = rolloutColumns(PLANS.gap);
    expect(gap.phaseStages).toEqual(["read_only", "shadow", "pilot"]);
    // Before, read-only, (overdue in the gap: still read-only), shadow, (overdue), pilot from its start on.
    expect(gap.phaseSchedule).toEqual([0, 1, 2, 3]);
    expect(gap.phaseChanges.map(dateOfDay)).toEqual(["2027-01-01", "2027-01-20", "2027-02-10"]);
    expect(rolloutColumns(PLANS.undated)).toEqual({ phaseStages: ["sandbox", "pilot"], phaseChanges: [], phaseSchedule: [] });
    expect(rolloutColumns(undefined)).toEqual({ phaseStages: [], phaseChanges: [], phaseSchedule: [] });
  });
});
