/**
 * Where a finding belongs: the question or plan section of its target path, and its area.
 * The UI uses it to show each finding next to its question and area;
 * SCORE_CONTRADICTS_ANSWERS uses it to find the blockers that sit on an area's questions
 * (and, under 2.0.0, plan sections).
 */
import { PLAN_SECTION_AREA, QUESTION_AREA } from "../framework/areas";
import { isAreaKey, isPlanSectionKey, isQuestionKey, type AreaKey, type PlanSectionKey, type QuestionKey } from "../keys";

export interface TargetLocation {
  /** The question whose answer the target points into; null for scores, the project and the plan. */
  question: QuestionKey | null;
  /**
   * The area scored at the target, or the area covering the question or plan section
   * (the field mappings are shown under data ownership; ROI has no area).
   */
  area: AreaKey | null;
  /** The plan section the target points into (`plan.rollout.2` → rollout); absent elsewhere. */
  planSection?: PlanSectionKey;
  /** The row index inside a list question or list plan section, when the target names a row. */
  row?: number;
}

function rowOf(target: string, second: number): number | undefined {
  if (second === -1) return undefined;
  const third = target.indexOf(".", second + 1);
  const segment = third === -1 ? target.slice(second + 1) : target.slice(second + 1, third);
  return /^\d+$/.test(segment) ? Number(segment) : undefined;
}

export function locateTarget(target: string): TargetLocation {
  const first = target.indexOf(".");
  if (first === -1) return { question: null, area: null };
  const second = target.indexOf(".", first + 1);
  const root = target.slice(0, first);
  const key = second === -1 ? target.slice(first + 1) : target.slice(first + 1, second);
  if (root === "answers" && isQuestionKey(key)) return { question: key, area: QUESTION_AREA[key] };
  if (root === "scores" && isAreaKey(key)) return { question: null, area: key };
  if (root === "plan" && isPlanSectionKey(key)) {
    const row = rowOf(target, second);
    return { question: null, area: PLAN_SECTION_AREA[key], planSection: key, ...(row === undefined ? {} : { row }) };
  }
  return { question: null, area: null };
}

/** The same target with row indices removed: `answers.actions.3` → `answers.actions`. */
export function targetWithoutIndices(target: string): string {
  return target
    .split(".")
    .filter((segment) => !/^\d+$/.test(segment))
    .join(".");
}
