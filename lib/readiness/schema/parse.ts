/**
 * Boundary parsers: unknown input in, a typed document or a list of human problems out.
 * Never throws for any input.
 */
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_V2 } from "../keys";
import { assessmentSchema, type AssessmentDocument } from "./assessment";
import { assessmentV2Schema, type AssessmentDocumentV2 } from "./assessment-v2";
import { evaluationSchema, type Evaluation } from "./evaluation";
import { evaluationV2Schema, type EvaluationV2 } from "./evaluation-v2";
import { readinessErrorMap, toValidationIssues, type ValidationIssue } from "./issues";

export type ParseResult<T> = { ok: true; document: T } | { ok: false; issues: ValidationIssue[] };

/** Strict `preflight.assessment/v1` only. */
export function parseAssessment(input: unknown): ParseResult<AssessmentDocument> {
  const result = assessmentSchema.safeParse(input, { error: readinessErrorMap });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

/** Strict `preflight.assessment/v2` only. */
export function parseAssessmentV2(input: unknown): ParseResult<AssessmentDocumentV2> {
  const result = assessmentV2Schema.safeParse(input, { error: readinessErrorMap });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

const ACCEPTED_FORMATS = `${ASSESSMENT_FORMAT}, ${ASSESSMENT_FORMAT_V2}`;
const MAX_ECHO_LENGTH = 40;

function formatProblem(format: unknown): string {
  if (format === undefined) return `required: one of ${ACCEPTED_FORMATS}`;
  const echo = typeof format === "string" && format.length <= MAX_ECHO_LENGTH ? ` (got ${JSON.stringify(format)})` : "";
  return `expected one of ${ACCEPTED_FORMATS}${echo}`;
}

/**
 * Either format, read as v2. A v1 document is checked against the strict v1 schema (so a
 * v1 document carrying `plan` or an action-contract field is an error naming the key) and
 * upgraded: only its format string changes. Any other `format` is one problem at
 * `format` naming both accepted values, next to the document's other problems.
 */
export function parseAnyAssessment(input: unknown): ParseResult<AssessmentDocumentV2> {
  const isObject = typeof input === "object" && input !== null && !Array.isArray(input);
  const format: unknown = isObject ? (input as { format?: unknown }).format : undefined;
  if (format === ASSESSMENT_FORMAT) {
    const v1 = parseAssessment(input);
    return v1.ok ? { ok: true, document: { ...v1.document, format: ASSESSMENT_FORMAT_V2 } } : v1;
  }
  const v2 = parseAssessmentV2(input);
  if (v2.ok || !isObject || format === ASSESSMENT_FORMAT_V2) return v2;
  return {
    ok: false,
    issues: v2.issues.map((issue) => (issue.path === "format" ? { path: "format", message: formatProblem(format) } : issue)),
  };
}

export function parseEvaluation(input: unknown): ParseResult<Evaluation> {
  const result = evaluationSchema.safeParse(input, { error: readinessErrorMap });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

export function parseEvaluationV2(input: unknown): ParseResult<EvaluationV2> {
  const result = evaluationV2Schema.safeParse(input, { error: readinessErrorMap });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}
