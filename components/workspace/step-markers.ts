/**
 * What the step navigator shows beside each step: answered or not, and how many blockers
 * point into it. Pure, computed from the same evaluation the findings panel shows.
 */
import { AREA_KEYS, QUESTION_KEYS, isAnswered, type AssessmentDocument, type Evaluation } from "@/lib/readiness/client";
import { STEP_KEYS, stepForPath, type StepKey } from "./paths";

export interface StepMarker {
  answered: boolean;
  blockers: number;
}

export function stepMarkers(document: AssessmentDocument, evaluation: Evaluation): Record<StepKey, StepMarker> {
  const markers = Object.fromEntries(STEP_KEYS.map((key) => [key, { answered: false, blockers: 0 }])) as Record<StepKey, StepMarker>;
  for (const key of QUESTION_KEYS) markers[key].answered = isAnswered(document, key);
  // The scores step counts as answered once every area has a score.
  markers.scores.answered = AREA_KEYS.every((key) => document.scores?.[key] !== undefined);
  for (const finding of evaluation.findings) {
    if (finding.severity !== "blocker") continue;
    const step = stepForPath(finding.target);
    if (step !== null) markers[step].blockers += 1;
  }
  return markers;
}
