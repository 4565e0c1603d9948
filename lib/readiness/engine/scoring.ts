/** Readiness index, its percentage and completeness: plain arithmetic over the document. */
import { AREA_KEYS, MAX_SCORE, PLAN_SECTION_KEYS, QUESTION_KEYS, type PlanSectionKey } from "../keys";
import type { JudgedDocument } from "../rules/types";
import type { Completeness } from "../schema/evaluation";
import type { CompletenessV2 } from "../schema/evaluation-v2";
import type { AnsweredMap } from "./answered";

/** Mean of the area scores present, rounded to two decimals; null when none is scored. */
export function readinessIndex(document: JudgedDocument): number | null {
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

export function completenessOf(document: JudgedDocument, answered: AnsweredMap): Completeness {
  return {
    questionsAnswered: QUESTION_KEYS.filter((key) => answered[key]).length,
    questionsTotal: QUESTION_KEYS.length,
    areasScored: AREA_KEYS.filter((key) => document.scores?.[key] !== undefined).length,
    areasTotal: AREA_KEYS.length,
  };
}

/** 2.0.0: the v1 counts plus the plan's (a section declared not applicable counts as answered). */
export function completenessV2Of(
  document: JudgedDocument,
  answered: AnsweredMap,
  planAnswered: Readonly<Record<PlanSectionKey, boolean>>,
  notApplicable: readonly PlanSectionKey[],
): CompletenessV2 {
  // Plain loops: this runs on every keystroke and a spread plus filters cost a tenth of
  // evaluating a small document.
  let questionsAnswered = 0;
  for (const key of QUESTION_KEYS) if (answered[key]) questionsAnswered += 1;
  let areasScored = 0;
  for (const key of AREA_KEYS) if (document.scores?.[key] !== undefined) areasScored += 1;
  let planSectionsAnswered = 0;
  for (const key of PLAN_SECTION_KEYS) if (planAnswered[key]) planSectionsAnswered += 1;
  return {
    questionsAnswered,
    questionsTotal: QUESTION_KEYS.length,
    areasScored,
    areasTotal: AREA_KEYS.length,
    planSectionsAnswered,
    planSectionsTotal: PLAN_SECTION_KEYS.length,
    planSectionsNotApplicable: [...notApplicable],
  };
}
