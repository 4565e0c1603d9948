/**
 * Public API of the readiness framework v1: framework wording, schemas, parsers, the rule
 * engine and helpers. Imports nothing but zod; runs unchanged in the browser, on the
 * server and in the CLI.
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

export { FRAMEWORK, type Framework } from "./framework";
export { AREAS, QUESTION_AREA, areaByKey, type AreaDefinition, type ScoreLevel } from "./framework/areas";
export { QUESTIONS, questionByKey, type QuestionDefinition } from "./framework/questions";
export { FIELDS, type FieldText, type FieldTexts } from "./framework/fields";
export { ENUM_LABELS, type EnumLabels } from "./framework/enum-labels";

export * from "./schema/assessment";
export * from "./schema/evaluation";
export { LIMITS } from "./schema/limits";
export { ROOT_PATH, formatPath, readinessErrorMap, toValidationIssues, type ValidationIssue } from "./schema/issues";
export { parseAssessment, parseEvaluation, type ParseResult } from "./schema/parse";
export { TEXT_PROBLEM_MESSAGES, textProblem, type TextProblem } from "./schema/text";
export { JSON_SCHEMA_FILES, jsonSchemaFor, jsonSchemaText, type JsonSchemaName } from "./json-schema";

export { evaluate } from "./engine/evaluate";
export { answeredQuestions, hasContent, isAnswered, type AnsweredMap } from "./engine/answered";
export { compareFindings, compareTargets, sortFindings } from "./engine/order";
export { locateTarget, targetWithoutIndices, type TargetLocation } from "./engine/locate";
export { completenessOf, readinessIndex, readinessPercent } from "./engine/scoring";
export { emptyAssessment } from "./engine/empty";
export { isBlank } from "./engine/text";

export { RULE_IDS, type RuleId } from "./rules/ids";
export { RULES, RULESET, ruleById } from "./rules/registry";
export type { Rule, RuleContext, RuleDefinition, RuleHit } from "./rules/types";
export { findJsonFault, lineAndColumn, parseJsonText, type JsonTextResult } from "./json-text";
