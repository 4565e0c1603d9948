/**
 * Boundary parsers: unknown input in, a typed document or a list of human problems out.
 * Never throws for any input.
 */
import { assessmentSchema, type AssessmentDocument } from "./assessment";
import { evaluationSchema, type Evaluation } from "./evaluation";
import { readinessErrorMap, toValidationIssues, type ValidationIssue } from "./issues";

export type ParseResult<T> = { ok: true; document: T } | { ok: false; issues: ValidationIssue[] };

export function parseAssessment(input: unknown): ParseResult<AssessmentDocument> {
  const result = assessmentSchema.safeParse(input, { error: readinessErrorMap });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}

export function parseEvaluation(input: unknown): ParseResult<Evaluation> {
  const result = evaluationSchema.safeParse(input, { error: readinessErrorMap });
  return result.success ? { ok: true, document: result.data } : { ok: false, issues: toValidationIssues(result.error) };
}
