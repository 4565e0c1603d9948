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

export type RuleId = (typeof RULE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Narrows a stored rule id (a text column) to one this ruleset knows. */
export function isRuleId(value: string): value is RuleId {
  return KNOWN.has(value);
}
