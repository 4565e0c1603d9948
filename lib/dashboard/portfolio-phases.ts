import { ROLLOUT_STAGES } from "@/lib/readiness";
import type { PhaseKey } from "./rollout-phase";

export interface PhaseCount {
  /** null: no current phase today (no plan, not started, or the rollout done). */
  phase: PhaseKey | null;
  count: number;
}

/**
 * Active projects by the stage of their current rollout phase today (issue #17), in rollout
 * order, from the tally's counts (portfolio-tally.ts: the triggers keep each draft's phase
 * change days, so no page view groups the drafts); then the active projects without a
 * current phase (those without a rollout included). Pure.
 */
export function phaseBreakdown(counts: ReadonlyMap<PhaseKey, number>, activeProjects: number): PhaseCount[] {
  const inPhase = [...counts.values()].reduce((n, count) => n + count, 0);
  const order: PhaseKey[] = [...ROLLOUT_STAGES, "unstaged"];
  return [
    ...order.flatMap((phase) => (counts.has(phase) ? [{ phase, count: counts.get(phase)! }] : [])),
    { phase: null, count: Math.max(0, activeProjects - inPhase) },
  ];
}
