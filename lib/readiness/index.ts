/**
 * Public API of the readiness framework (rulesets 1.0.0 and 2.0.0): framework wording, schemas, parsers, the rule
 * engine and helpers. Imports nothing but zod; runs unchanged in the browser, on the
 * server and in the CLI. Client components import `./client` (the same without zod).
 */
export * from "./client";
export * from "./schema/assessment";
export * from "./schema/evaluation";
export * from "./schema/assessment-v2";
export * from "./schema/evaluation-v2";
export { readinessErrorMap, toValidationIssues } from "./schema/issues";
export {
  parseAnyAssessment,
  parseAssessment,
  parseAssessmentV2,
  parseEvaluation,
  parseEvaluationV2,
  type ParseResult,
} from "./schema/parse";
export { TEXT_PROBLEM_MESSAGES, textProblem, type TextProblem } from "./schema/text";
export { JSON_SCHEMA_FILES, jsonSchemaFor, jsonSchemaText, type JsonSchemaName } from "./json-schema";
export { findJsonFault, lineAndColumn, parseJsonText, type JsonTextResult } from "./json-text";
