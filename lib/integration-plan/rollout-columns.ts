/**
 * The rollout as three parallel columns a draft keeps (issue #17), so SQL can tell which
 * phase is current on any day without reading the document: the current phase changes with
 * the date, not with a save. The days are those the timeline draws (given or derived, see
 * rollout-dates.ts), which depend on the plan alone; only "today" is left to the query
 * (`preflight_current_phase`, migration 20261207100000, same meaning as rollout-status.ts,
 * checked against `rolloutTimeline` by tests/integration/portfolio-plan.test.ts). Pure.
 */
import { rowHasValue, type Plan } from "@/lib/readiness";
import { phaseDays } from "./rollout-dates";
import { rolloutPhasesOf } from "./rollout-timeline";

/**
 * A missing day as the SQL reads it: a missing start never lets a phase begin by its dates
 * and a missing end never lets it end, which is exactly what "unknown" means to the status
 * rules. A sentinel rather than NULL because Prisma's integer lists hold no NULLs.
 */
export const NO_DAY = 2_147_483_647;

export interface RolloutColumns {
  /** Each drawn phase's stage in plan order; "" for a phase without one. */
  phaseStages: string[];
  /** Day numbers (days since 1970-01-01, UTC) or NO_DAY. */
  phaseStarts: number[];
  phaseEnds: number[];
}

export function rolloutColumns(plan: Plan | undefined): RolloutColumns {
  const phases = rolloutPhasesOf(plan).filter((phase) => rowHasValue(phase));
  const { days } = phaseDays(phases);
  return {
    phaseStages: phases.map((phase) => phase.stage ?? ""),
    phaseStarts: days.map((d) => d.start ?? NO_DAY),
    phaseEnds: days.map((d) => d.end ?? NO_DAY),
  };
}
