import "server-only";
import type { Db } from "@/lib/db/client";
import { ROLLOUT_STAGES } from "@/lib/readiness";
import { phaseKey, type PhaseKey } from "./rollout-phase";

export interface PhaseCount {
  /** null: no current phase today (no plan, not started, or the rollout done). */
  phase: PhaseKey | null;
  count: number;
}

/**
 * Active projects by the stage of their current rollout phase today (issue #17), in rollout
 * order. The current phase moves with the date, not with a save, so the tally cannot keep
 * it: one GROUP BY over the drafts' small phase columns, which skips drafts without a
 * rollout before calling the phase function. Projects without a current phase come last.
 */
export async function loadPhaseCounts(client: Db, organizationId: string): Promise<Map<PhaseKey | null, number>> {
  const rows = await client.$queryRaw<{ phase: string | null; count: number }[]>`
    SELECT (a.phase_stages)[preflight_current_phase(a.phase_changes, a.phase_schedule, preflight_today())] AS phase, count(*)::int AS count
      FROM assessments a
     WHERE a.organization_id = ${organizationId} AND a.project_active AND cardinality(a.phase_changes) > 0
     GROUP BY 1`;
  const counts = new Map<PhaseKey | null, number>();
  for (const row of rows) {
    const key = phaseKey(row.phase);
    counts.set(key, (counts.get(key) ?? 0) + row.count);
  }
  return counts;
}

/** The counts in rollout order, then the active projects without a current phase (those without a rollout included). */
export function phaseBreakdown(counts: ReadonlyMap<PhaseKey | null, number>, activeProjects: number): PhaseCount[] {
  const inPhase = [...counts.entries()].filter(([key]) => key !== null).reduce((n, [, count]) => n + count, 0);
  const order: PhaseKey[] = [...ROLLOUT_STAGES, "unstaged"];
  return [
    ...order.flatMap((phase) => (counts.has(phase) ? [{ phase, count: counts.get(phase)! }] : [])),
    { phase: null, count: Math.max(0, activeProjects - inPhase) },
  ];
}
