/** Readiness index, its percentage and completeness: plain arithmetic over the document. */
import { AREA_KEYS, MAX_SCORE, QUESTION_KEYS } from "../keys";
import type { AssessmentDocument } from "../schema/assessment";
import type { Completeness } from "../schema/evaluation";
import type { AnsweredMap } from "./answered";

/** Mean of the area scores present, rounded to two decimals; null when none is scored. */
export function readinessIndex(document: AssessmentDocument): number | null {
  let sum = 0;
  let count = 0;
  for (const key of AREA_KEYS) {
    const entry = document.scores?.[key];
    if (entry === undefined) continue;
    sum += entry.score;
    count += 1;
  }
  // (sum * 100) / count is exact for integer sums, so only one rounding happens.
  return count === 0 ? null : Math.round((sum * 100) / count) / 100;
}

/** The index as a whole percentage of the top score (5 → 100); null stays null. */
export function readinessPercent(index: number | null): number | null {
  return index === null ? null : Math.round((index / MAX_SCORE) * 100);
}

export function completenessOf(document: AssessmentDocument, answered: AnsweredMap): Completeness {
  return {
    questionsAnswered: QUESTION_KEYS.filter((key) => answered[key]).length,
    questionsTotal: QUESTION_KEYS.length,
    areasScored: AREA_KEYS.filter((key) => document.scores?.[key] !== undefined).length,
    areasTotal: AREA_KEYS.length,
  };
}
