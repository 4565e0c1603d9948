import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RolloutPhase } from "@/lib/readiness";
import { dateOfDay, dayNumber } from "@/lib/integration-plan/calendar-day";
import { timelineNoteText } from "@/lib/integration-plan/rollout-note-text";
import { rolloutPhasesOf, rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";

// Three phases back to back: 11–29 Jan, 1–19 Feb, 22 Feb – 31 Mar 2027 (80 days in all).
const PLAN: RolloutPhase[] = [
  {
    name: "Read-only visibility",
    stage: "read_only",
    entryCriteria: " Sandbox passes ",
    exitCriteria: "No mismatches for a week",
    rollbackCriteria: "Any wrong record",
    start: "2027-01-11",
    end: "2027-01-29",
  },
  { name: "Pilot", stage: "pilot", writesEnabled: true, start: "2027-02-01", end: "2027-02-19" },
  { stage: "expansion", start: "2027-02-22", end: "2027-03-31" },
];

const labels = (phases: readonly { label: string }[]) => phases.map((phase) => phase.label);

describe("rolloutTimeline: order, positions and today", () => {
  it("keeps plan order, labels each phase and carries its criteria", () => {
    const timeline = rolloutTimeline(PLAN, "2027-02-05");
    expect(labels(timeline.phases)).toEqual(["Read-only visibility", "Pilot", "Controlled expansion"]);
    expect(timeline.phases[0]?.criteria).toEqual({
      entry: "Sandbox passes",
      exit: "No mismatches for a week",
      rollback: "Any wrong record",
    });
    expect(timeline.phases[1]?.criteria).toEqual({ entry: null, exit: null, rollback: null });
    expect(timeline.phases[1]?.writesEnabled).toBe(true);
    expect(timeline.span).toEqual({ start: "2027-01-11", end: "2027-03-31", days: 80 });
    expect(timeline.notes).toEqual([]);
  });

  it("places phases as whole days on the span and today in the middle of its day", () => {
    const timeline = rolloutTimeline(PLAN, "2027-02-05");
    expect(timeline.phases[0]?.position).toEqual({ from: 0, to: 19 / 80 });
    expect(timeline.phases[1]?.position).toEqual({ from: 21 / 80, to: 40 / 80 });
    expect(timeline.phases[2]?.position).toEqual({ from: 42 / 80, to: 1 });
    expect(timeline.today).toEqual({ date: "2027-02-05", position: 25.5 / 80, relation: "within" });
  });

  it("moves current and next across today", () => {
    const at = (today: string) => {
      const timeline = rolloutTimeline(PLAN, today);
      return [timeline.current?.label ?? null, timeline.next?.label ?? null, timeline.phases.map((phase) => phase.status)];
    };
    expect(at("2027-01-11")).toEqual(["Read-only visibility", "Pilot", ["current", "upcoming", "upcoming"]]);
    expect(at("2027-01-29")).toEqual(["Read-only visibility", "Pilot", ["current", "upcoming", "upcoming"]]);
    expect(at("2027-02-01")).toEqual(["Pilot", "Controlled expansion", ["done", "current", "upcoming"]]);
    // The weekend between the pilot and the expansion: the pilot ended, nothing later has begun.
    expect(at("2027-02-20")).toEqual(["Pilot", "Controlled expansion", ["done", "overdue", "upcoming"]]);
    expect(at("2027-03-31")).toEqual(["Controlled expansion", null, ["done", "done", "current"]]);
  });

  it("gives no today position outside the span, and says on which side", () => {
    const before = rolloutTimeline(PLAN, "2026-12-01");
    expect(before.today).toEqual({ date: "2026-12-01", position: null, relation: "before" });
    expect([before.current, before.next?.label]).toEqual([null, "Read-only visibility"]);
    const after = rolloutTimeline(PLAN, "2027-06-01");
    expect(after.today).toEqual({ date: "2027-06-01", position: null, relation: "after" });
    expect([after.current, after.next]).toEqual([null, null]);
    expect(after.phases.every((phase) => phase.status === "done")).toBe(true);
  });

  it("refuses a today that is not a calendar date (a caller's bug)", () => {
    expect(() => rolloutTimeline(PLAN, "2027-02-30")).toThrow(RangeError);
  });
});

describe("rolloutTimeline: few, missing and broken dates", () => {
  it("handles no phase and blank rows only", () => {
    const timeline = rolloutTimeline([{}, { name: "  " }], "2027-01-01");
    expect(timeline).toEqual({
      phases: [],
      span: null,
      today: { date: "2027-01-01", position: null, relation: null },
      current: null,
      next: null,
      notes: [],
    });
  });

  it("handles one phase, keeping its document row past blank rows", () => {
    const timeline = rolloutTimeline([{}, { name: "Full", stage: "full", start: "2027-05-03" }], "2027-05-03");
    expect(timeline.phases[0]).toMatchObject({ order: 0, row: 1, start: "2027-05-03", end: null, status: "current" });
    expect(timeline.phases[0]?.position).toEqual({ from: 0, to: 1 });
    expect(timeline.span?.days).toBe(1);
    expect(timeline.today.position).toBe(0.5);
    expect(timeline.current?.label).toBe("Full");
  });

  it("derives a missing end from the next start and a missing start from the previous end", () => {
    const timeline = rolloutTimeline(
      [{ name: "A", start: "2027-01-04" }, { name: "B", end: "2027-01-20" }, { name: "C" }, { name: "D", start: "2027-02-01" }],
      "2027-01-10",
    );
    const dates = timeline.phases.map((phase) => [phase.start, phase.startSource, phase.end, phase.endSource]);
    expect(dates).toEqual([
      ["2027-01-04", "given", null, null], // B names no start, so A's end stays unknown
      [null, null, "2027-01-20", "given"], // A names no end, so B's start stays unknown
      ["2027-01-21", "previous-end", "2027-01-31", "next-start"],
      ["2027-02-01", "given", null, null],
    ]);
    expect(timeline.phases.map((phase) => [phase.status, phase.statusBasis])).toEqual([
      ["current", "dates"],
      ["upcoming", "order"], // its end is ahead and its start unknown
      ["upcoming", "dates"],
      ["upcoming", "dates"],
    ]);
  });

  it("derives no start that would fall after the phase's own end", () => {
    const timeline = rolloutTimeline(
      [
        { name: "A", end: "2027-01-10" },
        { name: "B", end: "2027-01-10" },
        { name: "C", end: "2027-01-12" },
      ],
      "2027-01-01",
    );
    expect(timeline.phases.map((phase) => [phase.start, phase.startSource])).toEqual([
      [null, null],
      [null, null],
      ["2027-01-11", "previous-end"],
    ]);
  });

  it("falls back to plan order for undated phases", () => {
    const phases: RolloutPhase[] = [{ name: "Sandbox" }, { name: "Pilot", start: "2027-03-01" }, { name: "Expansion" }];
    const during = rolloutTimeline(phases, "2027-03-02");
    expect(during.phases.map((phase) => [phase.status, phase.statusBasis])).toEqual([
      ["done", "order"],
      ["current", "dates"],
      ["upcoming", "order"],
    ]);
    expect([during.current?.label, during.next?.label]).toEqual(["Pilot", "Expansion"]);
    const undated = rolloutTimeline([{ name: "Sandbox" }, { name: "Pilot" }], "2027-03-02");
    expect(undated.phases.every((phase) => phase.position === null && phase.status === "upcoming")).toBe(true);
    expect([undated.current, undated.next?.label]).toEqual([null, "Sandbox"]);
  });

  it("flags unparseable dates and leaves them out of the positions", () => {
    const timeline = rolloutTimeline(
      [
        { name: "A", start: "2027-02-30", end: "2027-01-10" },
        { name: "B", start: "next spring", end: "2027-01-31" },
      ],
      "2027-01-05",
    );
    expect(timeline.notes).toEqual([
      { kind: "unparseable-date", phase: 0, field: "start", value: "2027-02-30" },
      { kind: "unparseable-date", phase: 1, field: "start", value: "next spring" },
    ]);
    expect(timeline.phases.map((phase) => [phase.start, phase.end])).toEqual([
      [null, "2027-01-10"],
      ["2027-01-11", "2027-01-31"],
    ]);
    expect(timelineNoteText(timeline.notes[1]!, timeline)).toBe(
      "B: the start date “next spring” is not a real date written YYYY-MM-DD, so the timeline leaves it out.",
    );
  });

  it("reports an end before the start, out-of-order starts and overlaps as notes", () => {
    const timeline = rolloutTimeline(
      [
        { name: "A", start: "2027-03-10", end: "2027-03-01" },
        { name: "B", start: "2027-03-05", end: "2027-03-20" },
        { name: "C", start: "2027-03-15", end: "2027-03-30" },
      ],
      "2027-03-16",
    );
    expect(timeline.notes.map((note) => timelineNoteText(note, timeline))).toEqual([
      "A ends before it starts, so the timeline leaves its end out.",
      "B starts before A, the phase before it.",
      "C starts before B has ended: the two phases overlap.",
    ]);
    // A's end is left out, so it runs on from its start; of overlapping phases the later one in the plan is current.
    expect([timeline.current?.label, timeline.phases.map((phase) => phase.status)]).toEqual(["C", ["current", "current", "current"]]);
  });

  it("gives phases starting the same day one day each, as an overlap", () => {
    const timeline = rolloutTimeline(
      [
        { name: "A", start: "2027-04-01" },
        { name: "B", start: "2027-04-01", end: "2027-04-02" },
      ],
      "2027-04-01",
    );
    expect(timeline.phases[0]).toMatchObject({ end: "2027-04-01", endSource: "next-start", position: { from: 0, to: 0.5 } });
    expect(timeline.notes).toEqual([{ kind: "overlap", phase: 1, previous: 0 }]);
    expect(timeline.current?.label).toBe("B");
  });

  it("draws nothing for a rollout declared not applicable", () => {
    expect(rolloutPhasesOf({ rollout: PLAN, notApplicable: { rollout: "Internal tool" } })).toEqual([]);
    expect(rolloutPhasesOf({ rollout: PLAN })).toBe(PLAN);
    expect(rolloutPhasesOf(undefined)).toEqual([]);
  });
});

describe("calendar days", () => {
  it("turns real dates into day numbers and back, early years included", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2028-03-01")! - dayNumber("2028-02-28")!).toBe(2);
    for (const date of ["0050-06-15", "2027-12-31", "9999-12-31"]) expect(dateOfDay(dayNumber(date)!)).toBe(date);
    expect([dayNumber("2027-02-30"), dayNumber("2027-1-4"), dayNumber(" 2027-01-04")]).toEqual([null, null, null]);
  });
});

describe("rolloutTimeline: properties", () => {
  const day = fc.integer({ min: dayNumber("2026-01-01")!, max: dayNumber("2030-12-31")! });
  const orderedPhases = fc
    .array(fc.tuple(day, fc.nat({ max: 60 }), fc.boolean()), { minLength: 1, maxLength: 30 })
    .map((rows) => [...rows].sort((a, b) => a[0] - b[0]))
    .map((rows) =>
      rows.map(([start, length, withEnd]): RolloutPhase => ({
        start: dateOfDay(start),
        ...(withEnd ? { end: dateOfDay(start + length) } : {}),
      })),
    );

  it("keeps positions of dated, ordered phases within [0, 1] and their starts non-decreasing", () => {
    fc.assert(
      fc.property(orderedPhases, day, (phases, today) => {
        const timeline = rolloutTimeline(phases, dateOfDay(today));
        let previousFrom = 0;
        for (const phase of timeline.phases) {
          const position = phase.position!;
          expect(position.from).toBeGreaterThanOrEqual(previousFrom);
          expect(position.from).toBeLessThan(position.to);
          expect(position.to).toBeLessThanOrEqual(1);
          previousFrom = position.from;
        }
        const todayPosition = timeline.today.position;
        if (todayPosition !== null) expect(todayPosition > 0 && todayPosition < 1).toBe(true);
        expect(timeline.next === null || timeline.next.status === "upcoming").toBe(true);
      }),
    );
  });
});
