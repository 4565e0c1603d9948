/**
 * The readiness framework v1 as one versioned object: the UI, the PDF and the engine all
 * read their wording from here.
 */
import { AREA_KEYS, BLOCKING_SCORE_THRESHOLD, MAX_SCORE, MIN_SCORE, QUESTION_KEYS, RULESET_VERSION } from "../keys";
import { AREAS, type AreaDefinition } from "./areas";
import { ENUM_LABELS, type EnumLabels } from "./enum-labels";
import { FIELDS, type FieldTexts } from "./fields";
import { QUESTIONS, type QuestionDefinition } from "./questions";

export interface Framework {
  version: string;
  questionKeys: typeof QUESTION_KEYS;
  areaKeys: typeof AREA_KEYS;
  questions: readonly QuestionDefinition[];
  areas: readonly AreaDefinition[];
  fields: FieldTexts;
  enumLabels: EnumLabels;
  scale: { min: number; max: number; blockingBelow: number };
}

export const FRAMEWORK: Framework = {
  version: RULESET_VERSION,
  questionKeys: QUESTION_KEYS,
  areaKeys: AREA_KEYS,
  questions: QUESTIONS,
  areas: AREAS,
  fields: FIELDS,
  enumLabels: ENUM_LABELS,
  scale: { min: MIN_SCORE, max: MAX_SCORE, blockingBelow: BLOCKING_SCORE_THRESHOLD },
};
