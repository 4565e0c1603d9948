/**
 * Where a finding belongs: the question and the area of its target path. The UI uses it
 * to show each finding next to its question and area; SCORE_CONTRADICTS_ANSWERS uses it
 * to find the blockers that sit on an area's questions.
 */
import { QUESTION_AREA } from "../framework/areas";
import { isAreaKey, isQuestionKey, type AreaKey, type QuestionKey } from "../keys";

export interface TargetLocation {
  /** The question whose answer the target points into; null for scores and the project. */
  question: QuestionKey | null;
  /** The area scored at the target, or the area covering the question. */
  area: AreaKey | null;
}

export function locateTarget(target: string): TargetLocation {
  const first = target.indexOf(".");
  if (first === -1) return { question: null, area: null };
  const second = target.indexOf(".", first + 1);
  const root = target.slice(0, first);
  const key = second === -1 ? target.slice(first + 1) : target.slice(first + 1, second);
  if (root === "answers" && isQuestionKey(key)) return { question: key, area: QUESTION_AREA[key] };
  if (root === "scores" && isAreaKey(key)) return { question: null, area: key };
  return { question: null, area: null };
}

/** The same target with row indices removed: `answers.actions.3` → `answers.actions`. */
export function targetWithoutIndices(target: string): string {
  return target
    .split(".")
    .filter((segment) => !/^\d+$/.test(segment))
    .join(".");
}
