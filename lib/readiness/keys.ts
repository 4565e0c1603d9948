/**
 * The nine question keys (Q1..Q9, the keys of `answers`) and the seven area keys (the
 * keys of `scores`), plus the versions and format identifiers. Kept apart from the
 * framework wording so schemas and engine can import them without the prose.
 */

/**
 * The ruleset the app judges drafts, new snapshots and reports with (issue #17 moved it to
 * 2.0.0). Snapshots keep the version that judged them; the CLI defaults to the newest.
 */
export const RULESET_VERSION = "2.0.0" satisfies RulesetVersion;
export const ASSESSMENT_FORMAT = "preflight.assessment/v1";
export const EVALUATION_FORMAT = "preflight.evaluation/v1";

/** Every released ruleset stays runnable; the last one is the default of `evaluate`. */
export const RULESET_VERSIONS = ["1.0.0", "2.0.0"] as const;
export type RulesetVersion = (typeof RULESET_VERSIONS)[number];
export const LATEST_RULESET_VERSION = "2.0.0" satisfies RulesetVersion;
export const ASSESSMENT_FORMAT_V2 = "preflight.assessment/v2";
export const EVALUATION_FORMAT_V2 = "preflight.evaluation/v2";

/** In question order: index 0 is Q1. */
export const QUESTION_KEYS = [
  "workflow",
  "sourceOfTruth",
  "dataSources",
  "lowConfidence",
  "actions",
  "testCases",
  "logs",
  "maintenance",
  "firstLaunch",
] as const;

/** Sections of `answers` that are lists of rows; the others are single objects. */
export const LIST_QUESTION_KEYS = ["sourceOfTruth", "dataSources", "actions", "testCases"] as const;

/** In the order of seed 001's "Quick Integration Readiness Score". */
export const AREA_KEYS = [
  "workflowMapping",
  "dataOwnership",
  "taxonomyAlignment",
  "securityControls",
  "monitoringAlerting",
  "rolloutRollback",
  "trainingReadiness",
] as const;

/**
 * The nine sections of the integration plan (format v2), in the order the evaluation
 * counts them. Six are lists of rows, three are forms.
 */
export const PLAN_SECTION_KEYS = [
  "workflowMap",
  "fieldMappings",
  "apiContracts",
  "exceptions",
  "accessControls",
  "rollout",
  "kpis",
  "roi",
  "enablement",
] as const;

export const LIST_PLAN_SECTION_KEYS = ["workflowMap", "fieldMappings", "apiContracts", "exceptions", "rollout", "kpis"] as const;

/** The 90-day plan's tracks (seed 002), in the order work happens. */
export const TRACKS = ["launch-gate", "safe-writes", "semantics", "observability"] as const;

export type PlanSectionKey = (typeof PLAN_SECTION_KEYS)[number];
export type ListPlanSectionKey = (typeof LIST_PLAN_SECTION_KEYS)[number];
export type Track = (typeof TRACKS)[number];
export type QuestionKey = (typeof QUESTION_KEYS)[number];
export type ListQuestionKey = (typeof LIST_QUESTION_KEYS)[number];
export type AreaKey = (typeof AREA_KEYS)[number];

/** Scores below this are launch blockers (seed 001). */
export const BLOCKING_SCORE_THRESHOLD = 3;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

const QUESTION_SET: ReadonlySet<string> = new Set(QUESTION_KEYS);
const AREA_SET: ReadonlySet<string> = new Set(AREA_KEYS);
const PLAN_SECTION_SET: ReadonlySet<string> = new Set(PLAN_SECTION_KEYS);
const RULESET_SET: ReadonlySet<string> = new Set(RULESET_VERSIONS);

export function isPlanSectionKey(value: string): value is PlanSectionKey {
  return PLAN_SECTION_SET.has(value);
}

export function isRulesetVersion(value: string): value is RulesetVersion {
  return RULESET_SET.has(value);
}

export function isQuestionKey(value: string): value is QuestionKey {
  return QUESTION_SET.has(value);
}

export function isAreaKey(value: string): value is AreaKey {
  return AREA_SET.has(value);
}

/** "Q1".."Q9" for a question key. */
export function questionNumber(key: QuestionKey): string {
  return `Q${QUESTION_KEYS.indexOf(key) + 1}`;
}
