/**
 * Where each rollout phase stands on a given day, and which phase is current and which is
 * next (the project dashboard shows both). Dates decide when a phase has them; plan order
 * decides for the rest, because the phases run in the order they are written. Pure.
 */
import type { PhaseDays } from "./rollout-dates";

/**
 * - `upcoming`: starts after today, or undated and after every phase that has started.
 * - `current`: today lies between its start and its end (an open end: from its start on).
 * - `done`: its end is past and a later phase has started (or it is the last phase); an
 *   undated phase written before a phase that has started.
 * - `overdue`: its end is past but no later phase has started: the plan left a gap, or the
 *   next phase is late. Either way the team is still in this phase, so it counts as current
 *   when no phase is.
 */
export type PhaseStatus = "done" | "current" | "overdue" | "upcoming";

/** Whether the phase's own dates gave its status, or its place in the order. */
export type StatusBasis = "dates" | "order";

export interface PhaseStanding {
  status: PhaseStatus;
  basis: StatusBasis;
}

type DateState = "upcoming" | "current" | "ended";

/** What the phase's own dates say about today, or null when they cannot tell. */
function dateState(days: PhaseDays, today: number): DateState | null {
  if (days.start !== null) {
    if (today < days.start) return "upcoming";
    return days.end !== null && today > days.end ? "ended" : "current";
  }
  // With an end but no start, a phase whose end has not come may or may not have begun.
  if (days.end !== null && today > days.end) return "ended";
  return null;
}

/** The standing of every phase, in plan order; `today` is a day number. */
export function phaseStandings(days: readonly PhaseDays[], today: number): PhaseStanding[] {
  const states = days.map((phase) => dateState(phase, today));
  let lastStarted = -1;
  states.forEach((state, order) => {
    if (state === "current" || state === "ended") lastStarted = order;
  });
  const lastOrder = days.length - 1;
  return states.map((state, order): PhaseStanding => {
    if (state === null) return { status: order < lastStarted ? "done" : "upcoming", basis: "order" };
    if (state !== "ended") return { status: state, basis: "dates" };
    return { status: order < lastStarted || order === lastOrder ? "done" : "overdue", basis: "dates" };
  });
}

/**
 * The current phase: the last `current` one in plan order (phases that overlap hand over to
 * the later one), else the last `overdue` one, else none. The next phase: the first
 * `upcoming` one after the current phase (after none: the first upcoming one at all).
 */
export function currentAndNext(standings: readonly PhaseStanding[]): { current: number | null; next: number | null } {
  const statuses = standings.map((standing) => standing.status);
  let current = statuses.lastIndexOf("current");
  if (current === -1) current = statuses.lastIndexOf("overdue");
  const next = statuses.findIndex((status, order) => order > current && status === "upcoming");
  return { current: current === -1 ? null : current, next: next === -1 ? null : next };
}
