/**
 * The dates of each rollout phase as the timeline uses them: the dates the author wrote
 * when they are real and consistent, a missing one derived from a neighbour when the plan
 * implies it, and a note for everything the timeline had to leave out or found odd. Pure.
 */
import { isBlank, type RolloutPhase } from "@/lib/readiness";
import { dayNumber } from "./calendar-day";

/** Something about the dates worth telling the reader; never a reason to fail. */
export type TimelineNote =
  /** The field holds text that is not a real YYYY-MM-DD date; the timeline leaves it out. */
  | { kind: "unparseable-date"; phase: number; field: "start" | "end"; value: string }
  /** The end lies before the start; the timeline keeps the start and leaves the end out. */
  | { kind: "end-before-start"; phase: number }
  /** The phase starts before the phase before it (in plan order) starts. */
  | { kind: "starts-before-previous"; phase: number; previous: number }
  /** The phase starts on or before the day the phase before it ends. */
  | { kind: "overlap"; phase: number; previous: number };

export type StartSource = "given" | "previous-end";
export type EndSource = "given" | "next-start";

/** One phase's days (day numbers, see calendar-day.ts) and where each came from. */
export interface PhaseDays {
  start: number | null;
  end: number | null;
  startSource: StartSource | null;
  endSource: EndSource | null;
}

interface GivenDays {
  start: number | null;
  end: number | null;
}

function givenDay(phase: RolloutPhase, field: "start" | "end", order: number, notes: TimelineNote[]): number | null {
  const value = phase[field];
  // A blank date is a missing date (as everywhere in the engine), not a broken one.
  if (value === undefined || isBlank(value)) return null;
  const day = dayNumber(value);
  if (day === null) notes.push({ kind: "unparseable-date", phase: order, field, value });
  return day;
}

function givenDays(phase: RolloutPhase, order: number, notes: TimelineNote[]): GivenDays {
  const start = givenDay(phase, "start", order, notes);
  const end = givenDay(phase, "end", order, notes);
  if (start !== null && end !== null && end < start) {
    notes.push({ kind: "end-before-start", phase: order });
    return { start, end: null };
  }
  return { start, end };
}

/**
 * Derivation uses only dates the author wrote (never a derived one), so it cannot chain or
 * loop, and only the phase right before or after: an undated phase in between means the
 * plan does not say where one phase stops.
 * - A missing start is the day after the previous phase's end, unless that is after the
 *   phase's own end.
 * - A missing end (of a phase that has a start, given or derived) is the day before the next
 *   phase's start; when the next phase starts the same day, the phase lasts that one day;
 *   when it starts earlier (out of order), nothing is derived.
 */
function derive(given: readonly GivenDays[]): PhaseDays[] {
  return given.map((own, order) => {
    const previousEnd = given[order - 1]?.end ?? null;
    let start = own.start;
    let startSource: StartSource | null = start === null ? null : "given";
    if (start === null && previousEnd !== null && (own.end === null || previousEnd + 1 <= own.end)) {
      start = previousEnd + 1;
      startSource = "previous-end";
    }
    const nextStart = given[order + 1]?.start ?? null;
    let end = own.end;
    let endSource: EndSource | null = end === null ? null : "given";
    if (end === null && start !== null && nextStart !== null && nextStart >= start) {
      end = Math.max(start, nextStart - 1);
      endSource = "next-start";
    }
    return { start, end, startSource, endSource };
  });
}

/** Order problems between neighbours, judged on the dates the timeline draws. */
function sequenceNotes(days: readonly PhaseDays[]): TimelineNote[] {
  const notes: TimelineNote[] = [];
  days.forEach((own, order) => {
    const previous = days[order - 1];
    if (previous === undefined || own.start === null) return;
    if (previous.start !== null && own.start < previous.start) {
      notes.push({ kind: "starts-before-previous", phase: order, previous: order - 1 });
    } else if (previous.end !== null && own.start <= previous.end) {
      notes.push({ kind: "overlap", phase: order, previous: order - 1 });
    }
  });
  return notes;
}

/** The days of every phase (in plan order, blank rows already left out) and the notes, in phase order. */
export function phaseDays(phases: readonly RolloutPhase[]): { days: PhaseDays[]; notes: TimelineNote[] } {
  const notes: TimelineNote[] = [];
  const days = derive(phases.map((phase, order) => givenDays(phase, order, notes)));
  notes.push(...sequenceNotes(days));
  notes.sort((a, b) => a.phase - b.phase);
  return { days, notes };
}
