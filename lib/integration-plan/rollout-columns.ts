/**
 * The rollout as columns a draft keeps (issue #17), so SQL can tell which phase is current
 * on any day without reading the document: the current phase changes with the date, not
 * with a save. Which phase is current can only change on a day some phase starts or on the
 * day after one ends, and the days depend on the plan alone; so the draft keeps the days it
 * changes on and the phase from each of them, worked out here by rollout-status.ts itself.
 * SQL then only looks the day up (`preflight_current_phase`, a binary search with
 * width_bucket; migration 20261207100200), cheap enough to group 10,000 drafts by phase.
 * tests/integration/portfolio-plan.test.ts checks it against `rolloutTimeline` day by day. Pure.
 */
import { rowHasValue, type Plan } from "@/lib/readiness";
import { phaseDays, type PhaseDays } from "./rollout-dates";
import { currentAndNext, phaseStandings } from "./rollout-status";
import { rolloutPhasesOf } from "./rollout-timeline";

export interface RolloutColumns {
  /** Each drawn phase's stage in plan order; "" for a phase without one. */
  phaseStages: string[];
  /** Ascending day numbers (days since 1970-01-01, UTC) on which the current phase changes. */
  phaseChanges: number[];
  /**
   * The current phase (1-based into phaseStages, 0 for none) before the first change, then
   * from each change on: one more entry than phaseChanges; both empty without dates.
   */
  phaseSchedule: number[];
}

function currentOn(days: readonly PhaseDays[], day: number): number {
  const { current } = currentAndNext(phaseStandings(days, day));
  return current === null ? 0 : current + 1;
}

export function rolloutColumns(plan: Plan | undefined): RolloutColumns {
  const phases = rolloutPhasesOf(plan).filter((phase) => rowHasValue(phase));
  const { days } = phaseDays(phases);
  const phaseStages = phases.map((phase) => phase.stage ?? "");
  const candidates = [...new Set(days.flatMap((d) => [d.start, d.end === null ? null : d.end + 1]))]
    .filter((day): day is number => day !== null)
    .sort((a, b) => a - b);
  // Without a date no phase is ever current (the status rules need dates to start one).
  if (candidates.length === 0) return { phaseStages, phaseChanges: [], phaseSchedule: [] };
  const phaseChanges: number[] = [];
  const phaseSchedule = [currentOn(days, candidates[0]! - 1)];
  for (const day of candidates) {
    const current = currentOn(days, day);
    if (current === phaseSchedule.at(-1)) continue;
    phaseChanges.push(day);
    phaseSchedule.push(current);
  }
  return { phaseStages, phaseChanges, phaseSchedule };
}
