/**
 * zod 4 schema of `preflight.evaluation/v1`, the engine's output. The engine's result is
 * typed from it, and tests check every evaluation against it, so the published JSON
 * Schema and the real output cannot drift apart.
 */
import { z } from "zod";
import { SEVERITIES, VERDICTS } from "../enums";
import { AREA_KEYS, EVALUATION_FORMAT, MAX_SCORE, MIN_SCORE, QUESTION_KEYS } from "../keys";
import { RULE_IDS } from "../rules/ids";

const countOf = (total: number) => z.int().min(0).max(total);

export const findingSchema = z.strictObject({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  /** Dotted path into the assessment, list rows by index: `answers.actions.2`. */
  target: z.string().min(1),
  message: z.string().min(1),
  remediation: z.string().min(1),
  /** Seed section the rule derives from, e.g. "001 §Quick Integration Readiness Score". */
  source: z.string().min(1),
});

export const completenessSchema = z.strictObject({
  questionsAnswered: countOf(QUESTION_KEYS.length),
  questionsTotal: z.literal(QUESTION_KEYS.length),
  areasScored: countOf(AREA_KEYS.length),
  areasTotal: z.literal(AREA_KEYS.length),
});

export const evaluationSchema = z
  .strictObject({
    format: z.literal(EVALUATION_FORMAT),
    rulesetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    verdict: z.enum(VERDICTS),
    /** Mean of the scores present, two decimals; null when no area is scored. */
    readinessIndex: z.number().min(MIN_SCORE).max(MAX_SCORE).nullable(),
    completeness: completenessSchema,
    findings: z.array(findingSchema),
  })
  .meta({
    title: "Preflight evaluation (preflight.evaluation/v1)",
    description: "Verdict, readiness index and findings produced by the Preflight rule engine.",
  });

export type Evaluation = z.infer<typeof evaluationSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Completeness = z.infer<typeof completenessSchema>;
