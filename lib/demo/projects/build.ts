/**
 * Factories for demo assessment rows, so each demo project reads as content rather than
 * boilerplate. Every factory writes every field of its row explicitly (`false` included),
 * the way a completed form saves it; only a missing conflict rule is left out.
 */
import {
  AREA_KEYS,
  QUESTION_KEYS,
  type ActionKind,
  type ActionRow,
  type AiAccess,
  type Answers,
  type ApprovalLevel,
  type AreaKey,
  type BusinessObject,
  type DataSourceRow,
  type LogKind,
  type Logs,
  type ProviderRetention,
  type Scores,
  type SensitivityClass,
  type SourceOfTruthRow,
  type SyncDirection,
  type SystemKey,
  type TestCaseRow,
  type TestCategory,
  type TestStatus,
} from "@/lib/readiness";
import type { DemoSnapshot } from "./types";

/** Q2 row. Leave `conflictRule` out to model a missing rule. */
export function object(
  object: BusinessObject,
  owningSystem: SystemKey,
  aiAccess: AiAccess,
  syncDirection: SyncDirection,
  conflictRule?: string,
): SourceOfTruthRow {
  const row: SourceOfTruthRow = { object, owningSystem, aiAccess, syncDirection };
  if (conflictRule !== undefined) row.conflictRule = conflictRule;
  return row;
}

export interface SourceOptions {
  /** Default `["customer"]`. */
  sensitivity?: SensitivityClass[];
  /** Default `"no"` (zero-retention agreement with the model provider). */
  retention?: ProviderRetention;
  /** Default `true`. */
  redacted?: boolean;
  /** Default `true`. */
  audienceMaySeeSource?: boolean;
}

/** Q3 row. */
export function source(name: string, purpose: string, audience: string[], options: SourceOptions = {}): DataSourceRow {
  return {
    name,
    purpose,
    sensitivity: options.sensitivity ?? ["customer"],
    providerRetention: options.retention ?? "no",
    canRunRedacted: options.redacted ?? true,
    outputAudience: audience,
    audienceMaySeeSource: options.audienceMaySeeSource ?? true,
  };
}

export interface ActionOptions {
  customerFacing?: boolean;
  /** Touches revenue, compliance or customer experience. */
  revenueOrCx?: boolean;
  /** Touches pricing, contracts or consent. */
  pricingOrConsent?: boolean;
  /** Default `true`. */
  reversible?: boolean;
  /** Default `true`. */
  idempotencyKey?: boolean;
  /** Default `true`. */
  shadowModeFirst?: boolean;
}

/** Q5 row. */
export function action(
  name: string,
  targetSystem: SystemKey,
  kind: ActionKind,
  approval: ApprovalLevel,
  options: ActionOptions = {},
): ActionRow {
  return {
    name,
    targetSystem,
    kind,
    customerFacing: options.customerFacing ?? false,
    touchesRevenueComplianceOrCx: options.revenueOrCx ?? false,
    touchesPricingContractsOrConsent: options.pricingOrConsent ?? false,
    reversible: options.reversible ?? true,
    approval,
    idempotencyKey: options.idempotencyKey ?? true,
    shadowModeFirst: options.shadowModeFirst ?? true,
  };
}

/** Q6 row. */
export function testCase(scenario: string, category: TestCategory, expectedBehavior: string, status: TestStatus = "pass"): TestCaseRow {
  return { scenario, category, expectedBehavior, status };
}

const STATUS_CODES: Record<string, TestStatus> = { p: "pass", f: "fail", u: "untested" };

/**
 * The same test cases with other statuses, one letter per row (`p` pass, `f` fail,
 * `u` untested); rows beyond the string are dropped. `withStatuses(cases, "ppfu")` is
 * the first four cases as they stood at an earlier snapshot.
 */
export function withStatuses(cases: readonly TestCaseRow[], codes: string): TestCaseRow[] {
  return cases.slice(0, codes.length).map((row, index) => ({ ...row, status: STATUS_CODES[codes.charAt(index)] ?? "untested" }));
}

/** Q7. */
export function logs(captured: LogKind[], store: string, retentionDays: number): Logs {
  return { captured, store, retentionDays };
}

/** A score from 1 to 5, or `null` for an area not scored yet. */
export type ScoreValue = 1 | 2 | 3 | 4 | 5 | null;
/** The seven areas in framework order: workflow mapping, data ownership, taxonomy, security, monitoring, rollout, training. */
export type ScoreList = readonly [ScoreValue, ScoreValue, ScoreValue, ScoreValue, ScoreValue, ScoreValue, ScoreValue];

/** The seven area scores from a list in framework order, with optional justification notes. */
export function scores(values: ScoreList, notes: Partial<Record<AreaKey, string>> = {}): Scores {
  const result: Scores = {};
  AREA_KEYS.forEach((key, index) => {
    const score = values[index];
    if (score === null || score === undefined) return;
    const note = notes[key];
    result[key] = note === undefined ? { score } : { score, note };
  });
  return result;
}

/** A change to some sections of the answers: a value replaces the section, `null` removes it. */
export type AnswersPatch = { [K in keyof Answers]?: Answers[K] | null };

function applySection<K extends keyof Answers>(target: Answers, key: K, value: Answers[K] | null | undefined): void {
  if (value === undefined) return;
  if (value === null) delete target[key];
  else target[key] = value;
}

/** `base` with some sections replaced or removed; `base` is not modified. */
export function revise(base: Answers, patch: AnswersPatch): Answers {
  const result: Answers = { ...base };
  for (const key of QUESTION_KEYS) applySection(result, key, patch[key]);
  return result;
}

/** `answers` with only the listed sections kept. */
export function only(answers: Answers, keep: readonly (keyof Answers)[]): Answers {
  const result: Answers = {};
  for (const key of keep) applySection(result, key, answers[key]);
  return result;
}

export function snapshot(
  daysAgo: number,
  submittedBy: DemoSnapshot["submittedBy"],
  answers: Answers,
  scoreValues: ScoreList,
  notes: Partial<Record<AreaKey, string>> = {},
): DemoSnapshot {
  return { daysAgo, submittedBy, answers, scores: scores(scoreValues, notes) };
}
