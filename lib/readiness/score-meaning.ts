/**
 * What a score means, in one place: which scores block a launch, the bands the heat map and
 * charts colour by, and the short area names for narrow columns. Imports only `./keys`, so
 * a chart can use it without pulling the framework prose or zod.
 */
import { BLOCKING_SCORE_THRESHOLD, type AreaKey } from "./keys";

/** From this score up an area is strong, not merely over the bar. */
export const STRONG_SCORE = 4;

export type ScoreBand = "unscored" | "blocker" | "fair" | "strong";

/** A score below the threshold blocks the launch; no score blocks nothing by itself. */
export function isBlockingScore(score: number | null | undefined): boolean {
  return typeof score === "number" && score < BLOCKING_SCORE_THRESHOLD;
}

/** Below the threshold blocks launch; up to STRONG_SCORE clears the bar; above it is strong. */
export function scoreBand(score: number | null | undefined): ScoreBand {
  if (typeof score !== "number" || Number.isNaN(score)) return "unscored";
  if (score < BLOCKING_SCORE_THRESHOLD) return "blocker";
  return score < STRONG_SCORE ? "fair" : "strong";
}

/** Column and axis labels; the full label from AREAS goes next to them for screen readers. */
export const AREA_SHORT_LABELS: Readonly<Record<AreaKey, string>> = {
  workflowMapping: "Workflow",
  dataOwnership: "Data ownership",
  taxonomyAlignment: "Taxonomy",
  securityControls: "Security",
  monitoringAlerting: "Monitoring",
  rolloutRollback: "Rollout",
  trainingReadiness: "Training",
};
