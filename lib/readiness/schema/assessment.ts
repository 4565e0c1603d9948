/**
 * zod 4 schema of `preflight.assessment/v1` (see docs/assessment-format.md).
 *
 * - Every object is strict (`z.strictObject`, zod 4's spelling of `.strict()`): unknown
 *   keys are errors, so a typo never silently drops an answer.
 * - Everything under `answers` and `scores` is optional, down to the fields of a row: an
 *   assessment in progress is valid, merely `incomplete`. Only `format` is required, and
 *   `score` inside an area entry that is present.
 * - Empty strings are valid here; the engine treats blank strings as missing. Control
 *   characters other than tab and line breaks, and unpaired surrogates, are not (`text.ts`).
 * - Small enum arrays reject duplicates (reported at the index of the repeat).
 */
import { z } from "zod";
import {
  ACTION_KINDS,
  AI_ACCESS,
  APPROVAL_LEVELS,
  CUSTOM_OBJECT_PREFIX,
  FALLBACKS,
  LOG_KINDS,
  OBJECTS,
  PROVIDER_RETENTION,
  RISK_LEVELS,
  SENSITIVITY_CLASSES,
  SYNC_DIRECTIONS,
  SYSTEMS,
  TEST_CATEGORIES,
  TEST_STATUSES,
  type BusinessObject,
} from "../enums";
import { AREA_KEYS, ASSESSMENT_FORMAT, MAX_SCORE, MIN_SCORE, type AreaKey } from "../keys";
import { count, longText, rows, shortText, storableText, uniqueEnumArray } from "./building-blocks";
import { LIMITS } from "./limits";

const OBJECT_PROBLEM = `expected one of ${OBJECTS.join(", ")}, or custom:<name>`;
const CUSTOM_OBJECT_PATTERN = /^custom:.*\S.*$/;

/**
 * A built-in object or `custom:<name>` with a non-blank name. The runtime schema infers
 * plain `string`; the cast only narrows the static type to `BusinessObject` (the JSON
 * Schema is generated from the runtime object and is unaffected).
 */
export const businessObjectSchema = z.union(
  [
    z.enum(OBJECTS),
    storableText()
      .max(LIMITS.shortText + CUSTOM_OBJECT_PREFIX.length, {
        error: `too long: a custom object name has at most ${LIMITS.shortText} characters`,
      })
      .regex(CUSTOM_OBJECT_PATTERN, { error: OBJECT_PROBLEM }),
  ],
  { error: OBJECT_PROBLEM },
) as unknown as z.ZodType<BusinessObject, BusinessObject>;

const SCORE_PROBLEM = "expected a whole number from 1 to 5";

export const areaScoreSchema = z.strictObject({
  score: z.int({ error: SCORE_PROBLEM }).min(MIN_SCORE, { error: SCORE_PROBLEM }).max(MAX_SCORE, { error: SCORE_PROBLEM }),
  note: longText.optional(),
});

export const projectSchema = z.strictObject({
  name: shortText.optional(),
  description: longText.optional(),
  systems: uniqueEnumArray(SYSTEMS).optional(),
});

export const outcomeSchema = z.strictObject({
  metric: shortText.optional(),
  baseline: shortText.optional(),
  target: shortText.optional(),
});

export const workflowSchema = z.strictObject({
  name: shortText.optional(),
  startEvent: shortText.optional(),
  endState: shortText.optional(),
  owner: shortText.optional(),
  outcome: outcomeSchema.optional(),
});

export const sourceOfTruthRowSchema = z.strictObject({
  object: businessObjectSchema.optional(),
  owningSystem: z.enum(SYSTEMS).optional(),
  aiAccess: z.enum(AI_ACCESS).optional(),
  syncDirection: z.enum(SYNC_DIRECTIONS).optional(),
  conflictRule: longText.optional(),
});

export const dataSourceRowSchema = z.strictObject({
  name: shortText.optional(),
  purpose: longText.optional(),
  sensitivity: uniqueEnumArray(SENSITIVITY_CLASSES).optional(),
  providerRetention: z.enum(PROVIDER_RETENTION).optional(),
  canRunRedacted: z.boolean().optional(),
  outputAudience: z.array(shortText).max(LIMITS.outputAudience).optional(),
  audienceMaySeeSource: z.boolean().optional(),
});

export const lowConfidenceSchema = z.strictObject({
  signal: longText.optional(),
  fallbacks: uniqueEnumArray(FALLBACKS).optional(),
  escalationOwner: shortText.optional(),
  escalationTested: z.boolean().optional(),
});

export const actionRowSchema = z.strictObject({
  name: shortText.optional(),
  targetSystem: z.enum(SYSTEMS).optional(),
  kind: z.enum(ACTION_KINDS).optional(),
  customerFacing: z.boolean().optional(),
  touchesRevenueComplianceOrCx: z.boolean().optional(),
  touchesPricingContractsOrConsent: z.boolean().optional(),
  reversible: z.boolean().optional(),
  approval: z.enum(APPROVAL_LEVELS).optional(),
  idempotencyKey: z.boolean().optional(),
  shadowModeFirst: z.boolean().optional(),
});

export const testCaseRowSchema = z.strictObject({
  scenario: longText.optional(),
  category: z.enum(TEST_CATEGORIES).optional(),
  expectedBehavior: longText.optional(),
  status: z.enum(TEST_STATUSES).optional(),
});

export const logsSchema = z.strictObject({
  captured: uniqueEnumArray(LOG_KINDS).optional(),
  store: longText.optional(),
  retentionDays: count.optional(),
});

export const maintenanceSchema = z.strictObject({
  promptPolicy: shortText.optional(),
  dataMapping: shortText.optional(),
  accessReviews: shortText.optional(),
  failedWorkflowTriage: shortText.optional(),
  vendorApiChanges: shortText.optional(),
  evaluationRefresh: shortText.optional(),
  monthlyReview: shortText.optional(),
});

export const firstLaunchSchema = z.strictObject({
  scope: longText.optional(),
  weeklyVolume: count.optional(),
  risk: z.enum(RISK_LEVELS).optional(),
  automaticDecisions: z.boolean().optional(),
  customerFacingOutput: z.boolean().optional(),
  reviewPath: longText.optional(),
});

export const answersSchema = z.strictObject({
  workflow: workflowSchema.optional(),
  sourceOfTruth: rows(sourceOfTruthRowSchema).optional(),
  dataSources: rows(dataSourceRowSchema).optional(),
  lowConfidence: lowConfidenceSchema.optional(),
  actions: rows(actionRowSchema).optional(),
  testCases: rows(testCaseRowSchema).optional(),
  logs: logsSchema.optional(),
  maintenance: maintenanceSchema.optional(),
  firstLaunch: firstLaunchSchema.optional(),
});

const scoreShape = Object.fromEntries(AREA_KEYS.map((key) => [key, areaScoreSchema.optional()])) as Record<
  AreaKey,
  z.ZodOptional<typeof areaScoreSchema>
>;

export const scoresSchema = z.strictObject(scoreShape);

export const assessmentSchema = z
  .strictObject({
    format: z.literal(ASSESSMENT_FORMAT),
    project: projectSchema.optional(),
    answers: answersSchema.optional(),
    scores: scoresSchema.optional(),
  })
  .meta({
    title: "Preflight assessment (preflight.assessment/v1)",
    description: "Answers to the nine readiness questions and the seven area scores of one AI integration project.",
  });

export type AssessmentDocument = z.infer<typeof assessmentSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Answers = z.infer<typeof answersSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Workflow = z.infer<typeof workflowSchema>;
export type SourceOfTruthRow = z.infer<typeof sourceOfTruthRowSchema>;
export type DataSourceRow = z.infer<typeof dataSourceRowSchema>;
export type LowConfidence = z.infer<typeof lowConfidenceSchema>;
export type ActionRow = z.infer<typeof actionRowSchema>;
export type TestCaseRow = z.infer<typeof testCaseRowSchema>;
export type Logs = z.infer<typeof logsSchema>;
export type Maintenance = z.infer<typeof maintenanceSchema>;
export type FirstLaunch = z.infer<typeof firstLaunchSchema>;
export type AreaScore = z.infer<typeof areaScoreSchema>;
export type Scores = z.infer<typeof scoresSchema>;
