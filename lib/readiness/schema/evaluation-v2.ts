/**
 * zod 4 schema of `preflight.evaluation/v2`, the output of ruleset 2.0.0: v1 plus each
 * finding's track, the plan's completeness and the automation ROI figures. The engine's
 * result is typed from it and tests check every evaluation against it.
 */
import { z } from "zod";
import { VERDICTS } from "../enums";
import { EVALUATION_FORMAT_V2, MAX_SCORE, MIN_SCORE, PLAN_SECTION_KEYS, TRACKS } from "../keys";
import { ALL_RULE_IDS } from "../rules/ids";
import { uniqueEnumArray } from "./building-blocks";
import { completenessSchema, evaluationSchema, findingSchema } from "./evaluation";

/** A v1 finding plus its 90-day track (seed 002); its source is readable: `<title>, section “<heading>”`. */
export const findingV2Schema = findingSchema.extend({
  ruleId: z.enum(ALL_RULE_IDS),
  track: z.enum(TRACKS),
});

export const completenessV2Schema = completenessSchema.extend({
  /** Plan sections answered; a section declared not applicable counts as answered. */
  planSectionsAnswered: z.int().min(0).max(PLAN_SECTION_KEYS.length),
  planSectionsTotal: z.literal(PLAN_SECTION_KEYS.length),
  /** Sections declared not applicable, in plan order. */
  planSectionsNotApplicable: uniqueEnumArray(PLAN_SECTION_KEYS),
});

/** Figures are rounded to two decimals; every one is finite (inputs are capped at 1e9). */
export const roiFiguresSchema = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  monthlyHoursSaved: z.number(),
  monthlySavings: z.number(),
  monthlyNet: z.number(),
  /** null when the automation never pays back (monthly net ≤ 0). */
  paybackMonths: z.number().nullable(),
  firstYearNet: z.number(),
});

export const evaluationV2Schema = z
  .strictObject({
    format: z.literal(EVALUATION_FORMAT_V2),
    rulesetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    verdict: z.enum(VERDICTS),
    /** Mean of the scores present, two decimals; null when no area is scored. */
    readinessIndex: z.number().min(MIN_SCORE).max(MAX_SCORE).nullable(),
    completeness: completenessV2Schema,
    /** null unless the five ROI numbers are present (and when ROI is declared not applicable). */
    roi: roiFiguresSchema.nullable(),
    findings: z.array(findingV2Schema),
  })
  .meta({
    title: "Preflight evaluation (preflight.evaluation/v2)",
    description:
      "Verdict, readiness index, plan completeness, automation ROI and findings (each with its 90-day track) produced by the Preflight rule engine, ruleset 2.0.0.",
  });

export type EvaluationV2 = z.infer<typeof evaluationV2Schema>;
export type FindingV2 = z.infer<typeof findingV2Schema>;
export type CompletenessV2 = z.infer<typeof completenessV2Schema>;
export type RoiFiguresOutput = z.infer<typeof roiFiguresSchema>;

/** An evaluation by any released ruleset: 1.0.0 (`preflight.evaluation/v1`) or 2.0.0 (v2); snapshots keep either. */
export type AnyEvaluation = z.infer<typeof evaluationSchema> | EvaluationV2;
export type AnyFinding = AnyEvaluation["findings"][number];
