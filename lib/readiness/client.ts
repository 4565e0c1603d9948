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
  BLOCKING_SCORE_THRESHOLD,
  EVALUATION_FORMAT,
  LIST_QUESTION_KEYS,
  MAX_SCORE,
  MIN_SCORE,
  QUESTION_KEYS,
  RULESET_VERSION,
  isAreaKey,
  isQuestionKey,
  questionNumber,
  type AreaKey,
  type ListQuestionKey,
  type QuestionKey,
} from "./keys";

export { AREA_SHORT_LABELS, STRONG_SCORE, isBlockingScore, scoreBand, type ScoreBand } from "./score-meaning";

export { FRAMEWORK, type Framework } from "./framework";
export { AREAS, QUESTION_AREA, areaByKey, type AreaDefinition, type ScoreLevel } from "./framework/areas";
export { QUESTIONS, questionByKey, type QuestionDefinition } from "./framework/questions";
export { FIELDS, type FieldText, type FieldTexts } from "./framework/fields";
export { ENUM_LABELS, type EnumLabels } from "./framework/enum-labels";

export type * from "./schema/assessment";
export type * from "./schema/evaluation";
export { LIMITS } from "./schema/limits";
export { ROOT_PATH, formatPath, type ValidationIssue } from "./schema/issues";

export { evaluate } from "./engine/evaluate";
export { answeredQuestions, hasContent, isAnswered, type AnsweredMap } from "./engine/answered";
export { compareFindings, compareTargets, sortFindings } from "./engine/order";
export { locateTarget, targetWithoutIndices, type TargetLocation } from "./engine/locate";
export { completenessOf, readinessIndex, readinessPercent } from "./engine/scoring";
export { emptyAssessment } from "./engine/empty";
export { isBlank } from "./engine/text";

export { isRuleId, RULE_IDS, type RuleId } from "./rules/ids";
export { RULES, RULESET, ruleById } from "./rules/registry";
export type { Rule, RuleContext, RuleDefinition, RuleHit } from "./rules/types";
