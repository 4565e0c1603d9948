/**
 * The rule ids of ruleset v1 (docs/product.md, "Rules v1"). A released id never
 * changes meaning; a new rule gets a new id. Listed here so the evaluation schema can
 * name them without importing the rules themselves.
 */
export const RULE_IDS = [
  "SCORE_BELOW_3",
  "WORKFLOW_UNTESTABLE",
  "OBJECT_UNOWNED",
  "OBJECT_TWO_OWNERS",
  "BIDIRECTIONAL_NO_CONFLICT_RULE",
  "AI_WRITE_NO_CONFLICT_RULE",
  "SENSITIVE_DATA_TO_TRAINING_PROVIDER",
  "OUTPUT_WIDER_THAN_SOURCE",
  "SOURCE_WITHOUT_PURPOSE",
  "NO_LOW_CONFIDENCE_FALLBACK",
  "ESCALATION_UNTESTED",
  "CUSTOMER_FACING_AUTOMATED",
  "HIGH_RISK_WITHOUT_APPROVAL",
  "IRREVERSIBLE_AUTOMATIC",
  "WRITE_WITHOUT_IDEMPOTENCY",
  "NO_SHADOW_MODE",
  "TEST_CASE_NO_EXPECTATION",
  "TEST_CASE_FAILING",
  "THIN_TEST_SET",
  "APPROVALS_NOT_LOGGED",
  "FEW_LOGS",
  "TRIAGE_UNOWNED",
  "DUTY_UNOWNED",
  "RISKY_FIRST_LAUNCH",
  "SCORE_CONTRADICTS_ANSWERS",
] as const;

/** The rules ruleset 2.0.0 adds (the integration plan and action contracts), in table order. */
export const RULE_IDS_ADDED_IN_V2 = [
  "NO_WORKFLOW_MAP",
  "STEP_UNOWNED",
  "WORKFLOW_STEP_FRAGILE",
  "NO_FIELD_MAPPING",
  "MAPPING_INCOMPLETE",
  "MAPPING_BIDIRECTIONAL_NO_RULE",
  "MAPPING_TARGET_TWO_SOURCES",
  "MAPPING_OVERWRITES_OWNER",
  "MAPPING_OBJECT_UNOWNED",
  "STATUS_VALUES_UNMAPPED",
  "NO_API_CONTRACTS",
  "API_CONTRACT_GAPS",
  "ACTION_CONTRACT_INCOMPLETE",
  "HIGH_TIER_WITHOUT_APPROVAL",
  "MEDIUM_TIER_FULLY_AUTOMATED",
  "WRITE_WITHOUT_ROLLBACK",
  "NO_ROLLBACK_AUTOMATED",
  "SHARED_BROAD_CREDENTIALS",
  "AI_VALUES_UNMARKED",
  "AUTOMATION_BEFORE_DATA_QUALITY",
  "WRITE_AUDIT_INCOMPLETE",
  "NO_EXCEPTION_PLAN",
  "EXCEPTIONS_ONLY_FAIL",
  "EXCEPTION_CASES_MISSING",
  "SILENT_FAILURE",
  "EXCEPTION_QUEUE_UNOWNED",
  "NO_ACCESS_CONTROL_PLAN",
  "ACCESS_CONTROL_GAPS",
  "NO_ROLLOUT_PLAN",
  "BIG_BANG_ROLLOUT",
  "PHASE_NO_ROLLBACK_CRITERIA",
  "WRITES_IN_FIRST_PHASE",
  "PHASE_NO_EXIT_CRITERIA",
  "PHASE_DATES_OUT_OF_ORDER",
  "NO_KPIS",
  "KPI_SET_ONE_SIDED",
  "KPI_NO_BASELINE",
  "KPI_TARGET_NOT_BETTER",
  "KPI_NO_ALERT",
  "ROI_NEGATIVE",
  "ROI_SLOW_PAYBACK",
  "NA_SECTION_HAS_CONTENT",
  "ENABLEMENT_GAPS",
  "NO_STABILIZATION_REVIEWS",
] as const;

/** Every released rule id, of any ruleset. */
export const ALL_RULE_IDS = [...RULE_IDS, ...RULE_IDS_ADDED_IN_V2] as const;

/** A rule id of ruleset 1.0.0. */
export type RuleId = (typeof RULE_IDS)[number];
/** A rule id of ruleset 2.0.0 (its own and every 1.0.0 id). */
export type AnyRuleId = (typeof ALL_RULE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

const RELEASED: ReadonlySet<string> = new Set(ALL_RULE_IDS);

/** Narrows a stored rule id (a text column) to one any released ruleset knows. */
export function isAnyRuleId(value: string): value is AnyRuleId {
  return RELEASED.has(value);
}

/** Narrows a stored rule id (a text column) to one ruleset 1.0.0 knows. */
export function isRuleId(value: string): value is RuleId {
  return KNOWN.has(value);
}
