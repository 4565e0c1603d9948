/**
 * The readiness framework v1 as one versioned object: the UI, the PDF and the engine all
 * read their wording from here.
 */
import {
  AREA_KEYS,
  BLOCKING_SCORE_THRESHOLD,
  LATEST_RULESET_VERSION,
  MAX_SCORE,
  MIN_SCORE,
  PLAN_SECTION_KEYS,
  QUESTION_KEYS,
  RULESET_VERSIONS,
  TRACKS,
  type PlanSectionKey,
} from "../keys";
import { AREAS, type AreaDefinition } from "./areas";
import { ENUM_LABELS, type EnumLabels } from "./enum-labels";
import { FIELDS, type FieldTexts } from "./fields";
import { PLAN_SECTION_LABELS } from "./plan-section-labels";
import { SEED_REFERENCES, type SeedReference } from "./references";
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
  // Framework v1 is the wording of ruleset 1.0.0.
  version: RULESET_VERSIONS[0],
  questionKeys: QUESTION_KEYS,
  areaKeys: AREA_KEYS,
  questions: QUESTIONS,
  areas: AREAS,
  fields: FIELDS,
  enumLabels: ENUM_LABELS,
  scale: { min: MIN_SCORE, max: MAX_SCORE, blockingBelow: BLOCKING_SCORE_THRESHOLD },
};

/**
 * Framework 2.0.0 (format v2): the v1 wording plus the plan's sections, the areas' wider
 * coverage and 2.0.0 rubrics (in `areas`: `planSections`, `rubricV2`), the 90-day tracks
 * and the articles the rules cite. Each plan section's longer wording lives in
 * `plan-text/`.
 */
export interface FrameworkV2 extends Omit<Framework, "version"> {
  version: typeof LATEST_RULESET_VERSION;
  planSectionKeys: typeof PLAN_SECTION_KEYS;
  planSectionLabels: Readonly<Record<PlanSectionKey, string>>;
  tracks: typeof TRACKS;
  references: readonly SeedReference[];
}

export const FRAMEWORK_V2: FrameworkV2 = {
  ...FRAMEWORK,
  version: LATEST_RULESET_VERSION,
  planSectionKeys: PLAN_SECTION_KEYS,
  planSectionLabels: PLAN_SECTION_LABELS,
  tracks: TRACKS,
  references: SEED_REFERENCES,
};
