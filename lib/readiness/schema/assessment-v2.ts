/**
 * zod 4 schema of `preflight.assessment/v2`: v1 plus the action contract fields and the
 * optional `plan` section (the integration plan). Same conventions as v1: every object
 * strict, everything optional down to a row's fields (a draft is valid, merely
 * incomplete), blank strings are missing for the engine, `null` is never a value.
 *
 * Dates are real calendar dates, numbers are finite; a v1 document is read as v2 by
 * `parseAnyAssessment` (nothing changes but the format string).
 */
import { z } from "zod";
import {
  CREDENTIAL_SCOPES,
  EXCEPTION_CASES,
  EXCEPTION_HANDLING,
  KPI_DIRECTIONS,
  KPI_KINDS,
  LOG_KINDS_V2,
  MAPPING_KINDS,
  REVIEW_CADENCES,
  RISK_TIERS,
  ROLLBACK_KINDS,
  ROLLOUT_STAGES,
  SYNC_DIRECTIONS,
  SYSTEMS,
} from "../enums";
import { ASSESSMENT_FORMAT_V2, PLAN_SECTION_KEYS, type PlanSectionKey } from "../keys";
import { actionRowSchema, answersSchema, businessObjectSchema, logsSchema, projectSchema, scoresSchema } from "./assessment";
import { longText, rows, shortText, storableText, uniqueEnumArray } from "./building-blocks";
import { LIMITS_V2 } from "./limits";

const DATE_PROBLEM = "expected a real calendar date written YYYY-MM-DD";
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` naming a day that exists (2027-02-30 and 2027-1-4 do not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids any time zone.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const calendarDate = z.string({ error: DATE_PROBLEM }).refine(isCalendarDate, { error: DATE_PROBLEM });

const FINITE_PROBLEM = "expected a finite number";
const finiteNumber = z.number({ error: FINITE_PROBLEM }).refine(Number.isFinite, { error: FINITE_PROBLEM });
const ROI_PROBLEM = `expected a number from 0 to ${LIMITS_V2.roiAmount}`;
const roiAmount = z.number({ error: ROI_PROBLEM }).min(0, { error: ROI_PROBLEM }).max(LIMITS_V2.roiAmount, { error: ROI_PROBLEM });
const DAYS_PROBLEM = `expected a whole number from 0 to ${LIMITS_V2.stabilizationDays}`;
const CURRENCY_PROBLEM = "expected a three-letter ISO 4217 code in capitals, like USD";

export const actionRowV2Schema = actionRowSchema.extend({
  riskTier: z.enum(RISK_TIERS).optional(),
  requiredInputs: longText.optional(),
  validations: longText.optional(),
  expectedOutput: longText.optional(),
  failureModes: longText.optional(),
  rollback: z.enum(ROLLBACK_KINDS).optional(),
  rollbackPlan: longText.optional(),
  credentialScope: z.enum(CREDENTIAL_SCOPES).optional(),
  trigger: longText.optional(),
  marksAiValues: z.boolean().optional(),
});

export const logsV2Schema = logsSchema.extend({
  captured: uniqueEnumArray(LOG_KINDS_V2).optional(),
});

export const answersV2Schema = answersSchema.extend({
  actions: rows(actionRowV2Schema).optional(),
  logs: logsV2Schema.optional(),
});

export const workflowStepSchema = z.strictObject({
  step: shortText.optional(),
  owner: shortText.optional(),
  system: z.enum(SYSTEMS).optional(),
  handoffTo: shortText.optional(),
  manualWorkaround: z.boolean().optional(),
  reentersData: z.boolean().optional(),
});

export const valueMapPairSchema = z.strictObject({
  from: shortText.optional(),
  to: shortText.optional(),
});

export const fieldMappingRowSchema = z.strictObject({
  object: businessObjectSchema.optional(),
  sourceSystem: z.enum(SYSTEMS).optional(),
  sourceField: shortText.optional(),
  targetSystem: z.enum(SYSTEMS).optional(),
  targetField: shortText.optional(),
  kind: z.enum(MAPPING_KINDS).optional(),
  transform: longText.optional(),
  required: z.boolean().optional(),
  direction: z.enum(SYNC_DIRECTIONS).optional(),
  conflictRule: longText.optional(),
  valueMap: z.array(valueMapPairSchema).max(LIMITS_V2.valueMapPairs).optional(),
});

export const apiContractRowSchema = z.strictObject({
  system: z.enum(SYSTEMS).optional(),
  apiVersion: shortText.optional(),
  rateLimit: longText.optional(),
  retryPolicy: longText.optional(),
  versioningRule: longText.optional(),
  authLifecycle: longText.optional(),
  changeWatch: longText.optional(),
});

export const exceptionRowSchema = z.strictObject({
  case: z.enum(EXCEPTION_CASES).optional(),
  handling: z.enum(EXCEPTION_HANDLING).optional(),
  alert: z.boolean().optional(),
  owner: shortText.optional(),
  notes: longText.optional(),
});

export const accessControlsSchema = z.strictObject({
  leastPrivilegeAccounts: z.boolean().optional(),
  credentialsPerEnvironment: z.boolean().optional(),
  fieldMasking: z.boolean().optional(),
  accessAudit: z.boolean().optional(),
  secretRotation: z.boolean().optional(),
});

export const rolloutPhaseSchema = z.strictObject({
  name: shortText.optional(),
  stage: z.enum(ROLLOUT_STAGES).optional(),
  scope: longText.optional(),
  writesEnabled: z.boolean().optional(),
  entryCriteria: longText.optional(),
  exitCriteria: longText.optional(),
  rollbackCriteria: longText.optional(),
  start: calendarDate.optional(),
  end: calendarDate.optional(),
});

export const kpiRowSchema = z.strictObject({
  name: shortText.optional(),
  kind: z.enum(KPI_KINDS).optional(),
  unit: shortText.optional(),
  baseline: finiteNumber.optional(),
  target: finiteNumber.optional(),
  better: z.enum(KPI_DIRECTIONS).optional(),
  alertThreshold: finiteNumber.optional(),
  owner: shortText.optional(),
});

export const roiSchema = z.strictObject({
  runsPerMonth: roiAmount.optional(),
  minutesSavedPerRun: roiAmount.optional(),
  hourlyCost: roiAmount.optional(),
  buildCost: roiAmount.optional(),
  monthlyRunCost: roiAmount.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: CURRENCY_PROBLEM })
    .optional(),
});

export const enablementSchema = z.strictObject({
  sopsUpdated: z.boolean().optional(),
  frontlineTrained: z.boolean().optional(),
  leadsTrainedOnFailures: z.boolean().optional(),
  incidentOwnersPublished: z.boolean().optional(),
  stabilizationReviews: z.enum(REVIEW_CADENCES).optional(),
  stabilizationDays: z
    .int({ error: DAYS_PROBLEM })
    .min(0, { error: DAYS_PROBLEM })
    .max(LIMITS_V2.stabilizationDays, { error: DAYS_PROBLEM })
    .optional(),
});

const NOT_APPLICABLE_PROBLEM = "a section declared not applicable needs a reason";
const justification = storableText()
  .max(LIMITS_V2.notApplicableReason)
  .refine((value) => value.trim() !== "", { error: NOT_APPLICABLE_PROBLEM });

const notApplicableShape = Object.fromEntries(PLAN_SECTION_KEYS.map((key) => [key, justification.optional()])) as Record<
  PlanSectionKey,
  z.ZodOptional<typeof justification>
>;

/** Sections that do not apply, each with its reason (keys: the nine plan sections). */
export const notApplicableSchema = z.strictObject(notApplicableShape);

export const planSchema = z.strictObject({
  workflowMap: rows(workflowStepSchema).optional(),
  fieldMappings: rows(fieldMappingRowSchema).optional(),
  apiContracts: rows(apiContractRowSchema).optional(),
  exceptions: rows(exceptionRowSchema).optional(),
  accessControls: accessControlsSchema.optional(),
  rollout: rows(rolloutPhaseSchema).optional(),
  kpis: rows(kpiRowSchema).optional(),
  roi: roiSchema.optional(),
  enablement: enablementSchema.optional(),
  notApplicable: notApplicableSchema.optional(),
});

export const assessmentV2Schema = z
  .strictObject({
    format: z.literal(ASSESSMENT_FORMAT_V2),
    project: projectSchema.optional(),
    answers: answersV2Schema.optional(),
    scores: scoresSchema.optional(),
    plan: planSchema.optional(),
  })
  .meta({
    title: "Preflight assessment (preflight.assessment/v2)",
    description: "Answers to the nine readiness questions, the seven area scores and the integration plan of one AI integration project.",
  });

export type AssessmentDocumentV2 = z.infer<typeof assessmentV2Schema>;
export type AnswersV2 = z.infer<typeof answersV2Schema>;
export type ActionRowV2 = z.infer<typeof actionRowV2Schema>;
export type LogsV2 = z.infer<typeof logsV2Schema>;
export type Plan = z.infer<typeof planSchema>;
export type WorkflowStep = z.infer<typeof workflowStepSchema>;
export type FieldMappingRow = z.infer<typeof fieldMappingRowSchema>;
export type ValueMapPair = z.infer<typeof valueMapPairSchema>;
export type ApiContractRow = z.infer<typeof apiContractRowSchema>;
export type ExceptionRow = z.infer<typeof exceptionRowSchema>;
export type AccessControls = z.infer<typeof accessControlsSchema>;
export type RolloutPhase = z.infer<typeof rolloutPhaseSchema>;
export type KpiRow = z.infer<typeof kpiRowSchema>;
export type Roi = z.infer<typeof roiSchema>;
export type Enablement = z.infer<typeof enablementSchema>;
export type NotApplicable = z.infer<typeof notApplicableSchema>;
