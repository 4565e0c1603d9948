/**
 * The readiness API for the browser: framework wording, keys, limits and the rule engine,
 * without the zod schemas, parsers and JSON Schemas (zod alone is ~45 kB gzip of the
 * workspace's JavaScript). Client components import from here; the engine needs no schema
 * at run time because the server validates every document before it is stored.
 */
export * from "./enums";
export {
  AREA_KEYS,
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_V2,
  BLOCKING_SCORE_THRESHOLD,
  EVALUATION_FORMAT,
  EVALUATION_FORMAT_V2,
  LATEST_RULESET_VERSION,
  LIST_PLAN_SECTION_KEYS,
  LIST_QUESTION_KEYS,
  MAX_SCORE,
  MIN_SCORE,
  PLAN_SECTION_KEYS,
  QUESTION_KEYS,
  RULESET_VERSION,
  RULESET_VERSIONS,
  TRACKS,
  isAreaKey,
  isPlanSectionKey,
  isQuestionKey,
  isRulesetVersion,
  questionNumber,
  type AreaKey,
  type ListPlanSectionKey,
  type ListQuestionKey,
  type PlanSectionKey,
  type QuestionKey,
  type RulesetVersion,
  type Track,
} from "./keys";

export { AREA_SHORT_LABELS, STRONG_SCORE, isBlockingScore, scoreBand, type ScoreBand } from "./score-meaning";

export { FRAMEWORK, FRAMEWORK_V2, type Framework, type FrameworkV2 } from "./framework";
export { AREAS, PLAN_SECTION_AREA, QUESTION_AREA, areaByKey, type AreaDefinition, type ScoreLevel } from "./framework/areas";
export { PLAN_SECTION_LABELS } from "./framework/plan-section-labels";
export { ROLLOUT_STAGE_LABELS } from "./framework/plan-text/rollout";
export { PLAN_SECTION_TEXTS } from "./framework/plan-texts";
export { EXCEPTION_CASE_LABELS, EXCEPTION_HANDLING_LABELS } from "./framework/plan-text/exceptions";
export { KPI_DIRECTION_LABELS, KPI_KIND_LABELS } from "./framework/plan-text/kpis";
export { REVIEW_CADENCE_LABELS } from "./framework/plan-text/enablement";
export {
  ACTION_CONTRACT_FIELDS,
  CREDENTIAL_SCOPE_LABELS,
  RISK_TIER_LABELS,
  ROLLBACK_KIND_LABELS,
} from "./framework/plan-text/action-contract";
export type { PlanSectionText } from "./framework/plan-section-text";
export {
  SEED_REFERENCES,
  citedSection,
  readableSource,
  referencesCited,
  type CitedSection,
  type SeedReference,
} from "./framework/references";
export { QUESTIONS, questionByKey, type QuestionDefinition } from "./framework/questions";
export { FIELDS, type FieldText, type FieldTexts } from "./framework/fields";
export { ENUM_LABELS, type EnumLabels } from "./framework/enum-labels";
export { FIELD_MAPPING_FIELDS, MAPPING_KIND_LABELS, VALUE_MAP_PAIR_FIELDS } from "./framework/plan-text/field-mappings";

export type * from "./schema/assessment";
export type * from "./schema/evaluation";
export type * from "./schema/assessment-v2";
export type * from "./schema/evaluation-v2";
export { LIMITS, LIMITS_V2 } from "./schema/limits";
export { ROOT_PATH, formatPath, type ValidationIssue } from "./schema/issues";

export { evaluate, type EvaluateOptions } from "./engine/evaluate";
export { roiFigures, roundRoi, type RoiFigures } from "./engine/roi";
export { compactDocument, remapTarget, rowHasValue, type Compacted, type RowMaps } from "./engine/compact";
export { notApplicableSections, planAnsweredMap } from "./engine/plan";
export { answeredQuestions, hasContent, isAnswered, type AnsweredMap } from "./engine/answered";
export { compareFindings, compareTargets, sortFindings, type Sortable } from "./engine/order";
export { locateTarget, targetWithoutIndices, type TargetLocation } from "./engine/locate";
export { completenessOf, completenessV2Of, readinessIndex, readinessPercent } from "./engine/scoring";
export { emptyAssessment } from "./engine/empty";
export { isBlank } from "./engine/text";

export { ALL_RULE_IDS, isAnyRuleId, isRuleId, RULE_IDS, RULE_IDS_ADDED_IN_V2, type AnyRuleId, type RuleId } from "./rules/ids";
export { RULES, RULESET, ruleById } from "./rules/registry";
export {
  catalogueReferences,
  catalogueRuleset,
  referencesOfFindings,
  ruleCatalogue,
  TRACK_LABELS,
  type CatalogueGroup,
  type CatalogueRule,
} from "./catalogue";
export { QUESTION_TRACK, REFERENCES, RULESETS, ruleTitle, rulesetRule, type Ruleset, type RulesetRule } from "./rules/rulesets";
export type { JudgedDocument, PriorFinding, Rule, RuleContext, RuleDefinition, RuleHit } from "./rules/types";
