/**
 * The nine question keys (Q1..Q9, the keys of `answers`) and the seven area keys (the
 * keys of `scores`), plus the versions and format identifiers. Kept apart from the
 * framework wording so schemas and engine can import them without the prose.
 */

export const RULESET_VERSION = "1.0.0";
export const ASSESSMENT_FORMAT = "preflight.assessment/v1";
export const EVALUATION_FORMAT = "preflight.evaluation/v1";

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

export type QuestionKey = (typeof QUESTION_KEYS)[number];
export type ListQuestionKey = (typeof LIST_QUESTION_KEYS)[number];
export type AreaKey = (typeof AREA_KEYS)[number];

/** Scores below this are launch blockers (seed 001). */
export const BLOCKING_SCORE_THRESHOLD = 3;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

const QUESTION_SET: ReadonlySet<string> = new Set(QUESTION_KEYS);
const AREA_SET: ReadonlySet<string> = new Set(AREA_KEYS);

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
