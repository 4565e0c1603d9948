/**
 * Every enumeration of `preflight.assessment/v1` and `preflight.evaluation/v1`, as
 * value tuples. The schemas, the framework's human labels and the engine all read
 * these, so a value exists in exactly one place. Order matters: it is the order the
 * UI lists options in and the order the engine names them in messages.
 */

export const SYSTEMS = [
  "crm",
  "erp",
  "support_desk",
  "billing",
  "itsm",
  "telephony",
  "chat",
  "marketing_automation",
  "data_warehouse",
  "other",
] as const;

/** Built-in business objects; a document may also name `custom:<name>`. */
export const OBJECTS = [
  "account",
  "contact",
  "opportunity",
  "ticket",
  "contract",
  "product_usage_event",
  "internal_task",
  "approval_status",
  "invoice",
] as const;

export const CUSTOM_OBJECT_PREFIX = "custom:";

export const AI_ACCESS = ["none", "read", "suggest", "update", "trigger"] as const;

export const SYNC_DIRECTIONS = ["one_way", "bidirectional"] as const;

export const SENSITIVITY_CLASSES = ["customer", "employee", "financial", "legal", "health"] as const;

export const PROVIDER_RETENTION = ["yes", "no", "unknown"] as const;

export const FALLBACKS = [
  "human_review",
  "specialist_queue",
  "request_info",
  "draft_only",
  "log_for_tuning",
  "refuse_update",
] as const;

export const ACTION_KINDS = ["read", "draft", "recommend", "update", "trigger"] as const;

/** Only `suggest` and `draft` count as explicit human approval. */
export const APPROVAL_LEVELS = ["suggest", "draft", "guardrails", "automated"] as const;

export const TEST_CATEGORIES = [
  "duplicate_accounts",
  "missing_fields",
  "stale_policy",
  "multi_product",
  "changed_role",
  "conflicting_notes",
  "abandoned_opportunity",
  "legal_or_refund_risk",
  "other",
] as const;

export const TEST_STATUSES = ["untested", "pass", "fail"] as const;

export const LOG_KINDS = [
  "input_source",
  "output",
  "confidence",
  "approval_decision",
  "edit_distance",
  "time_saved",
  "error_category",
  "downstream_outcome",
] as const;

export const RISK_LEVELS = ["low", "medium", "high"] as const;

/** The Q8 duties, in the order the framework lists them. Keys of `answers.maintenance`. */
export const MAINTENANCE_DUTIES = [
  "promptPolicy",
  "dataMapping",
  "accessReviews",
  "failedWorkflowTriage",
  "vendorApiChanges",
  "evaluationRefresh",
  "monthlyReview",
] as const;

export const SEVERITIES = ["blocker", "warning", "info"] as const;

export const VERDICTS = ["blocked", "incomplete", "ready"] as const;

export type SystemKey = (typeof SYSTEMS)[number];
export type BuiltInObject = (typeof OBJECTS)[number];
export type CustomObject = `custom:${string}`;
export type BusinessObject = BuiltInObject | CustomObject;
export type AiAccess = (typeof AI_ACCESS)[number];
export type SyncDirection = (typeof SYNC_DIRECTIONS)[number];
export type SensitivityClass = (typeof SENSITIVITY_CLASSES)[number];
export type ProviderRetention = (typeof PROVIDER_RETENTION)[number];
export type Fallback = (typeof FALLBACKS)[number];
export type ActionKind = (typeof ACTION_KINDS)[number];
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];
export type TestCategory = (typeof TEST_CATEGORIES)[number];
export type TestStatus = (typeof TEST_STATUSES)[number];
export type LogKind = (typeof LOG_KINDS)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type MaintenanceDuty = (typeof MAINTENANCE_DUTIES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Verdict = (typeof VERDICTS)[number];
