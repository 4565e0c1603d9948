/**
 * The portfolio's "Phase" (issue #17): the stage of each project's current rollout phase on
 * today's date, as the SQL reads it from the draft's columns (`preflight_current_phase`).
 * A current phase without a stage is "unstaged"; a project with no current phase (no plan,
 * no dated phase yet, or the rollout done) is "none". Pure; shared by the table, its filter,
 * the breakdown and the CSV.
 */
import { ROLLOUT_STAGE_LABELS, ROLLOUT_STAGES, type RolloutStage } from "@/lib/readiness/client";

export type PhaseKey = RolloutStage | "unstaged";
/** What the phase filter accepts: a stage, a phase without one, or no current phase. */
export const PHASE_FILTERS = [...ROLLOUT_STAGES, "unstaged", "none"] as const;
export type PhaseFilter = (typeof PHASE_FILTERS)[number];

/** The phase as the SQL hands it over: a stage, "" for a phase without one, null for none. */
export function phaseKey(stored: string | null): PhaseKey | null {
  if (stored === null) return null;
  return (ROLLOUT_STAGES as readonly string[]).includes(stored) ? (stored as RolloutStage) : "unstaged";
}

export function phaseLabel(phase: PhaseKey | PhaseFilter | null): string {
  if (phase === null || phase === "none") return "No current phase";
  if (phase === "unstaged") return "Phase without a stage";
  return ROLLOUT_STAGE_LABELS[phase];
}

/** Months to pay back, as the table and the CSV write it: null is "never" when there are figures. */
export function paybackText(months: number | null, hasFigures: boolean): string {
  if (months === null) return hasFigures ? "Never" : "—";
  return `${months.toFixed(1)} mo`;
}
