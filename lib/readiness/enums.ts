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

export const FALLBACKS = ["human_review", "specialist_queue", "request_info", "draft_only", "log_for_tuning", "refuse_update"] as const;

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

/** v2 adds five sync-audit kinds (seed 004); FEW_LOGS still counts only LOG_KINDS. */
export const SYNC_AUDIT_LOG_KINDS = ["source_record_id", "target_record_id", "payload_version", "failure_reason", "retry_history"] as const;

export const LOG_KINDS_V2 = [...LOG_KINDS, ...SYNC_AUDIT_LOG_KINDS] as const;

export const RISK_LEVELS = ["low", "medium", "high"] as const;

// Format v2: action contracts and the integration plan.

/** Approval tier of an action (seed 002). */
export const RISK_TIERS = ["low", "medium", "high"] as const;
export const ROLLBACK_KINDS = ["revert", "compensating_action", "none"] as const;
export const CREDENTIAL_SCOPES = ["per_action", "shared_broad"] as const;
export const MAPPING_KINDS = ["value", "identifier", "status"] as const;
export const EXCEPTION_CASES = [
  "missing_required_field",
  "record_exists",
  "ambiguous_match",
  "target_rejects",
  "downstream_timeout",
  "out_of_order_event",
  "permission_denied",
  "partial_failure",
] as const;
/** The failures every write plan must cover (seed 004 by name, plus seed 001 §5's partial failure), in enum order. */
export const REQUIRED_EXCEPTION_CASES = [
  "missing_required_field",
  "record_exists",
  "ambiguous_match",
  "target_rejects",
  "partial_failure",
] as const satisfies readonly ExceptionCase[];
export const EXCEPTION_HANDLING = ["fail", "retry", "review_queue", "dead_letter", "skip_and_log", "merge", "escalate"] as const;
export const ROLLOUT_STAGES = [
  "sandbox",
  "read_only",
  "shadow",
  "pilot",
  "controlled_write",
  "exception_handling",
  "expansion",
  "full",
] as const;
export const KPI_KINDS = ["technical", "operational"] as const;
export const KPI_DIRECTIONS = ["higher", "lower"] as const;
export const REVIEW_CADENCES = ["weekly", "biweekly", "monthly", "none"] as const;
/** The five access-control fields of the plan (seed 001 §6), in the order messages name them. */
export const ACCESS_CONTROL_FIELDS = [
  "leastPrivilegeAccounts",
  "credentialsPerEnvironment",
  "fieldMasking",
  "accessAudit",
  "secretRotation",
] as const;
/** The four enablement duties ENABLEMENT_GAPS checks, in the order messages name them. */
export const ENABLEMENT_DUTIES = ["sopsUpdated", "frontlineTrained", "leadsTrainedOnFailures", "incidentOwnersPublished"] as const;

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
export type SyncAuditLogKind = (typeof SYNC_AUDIT_LOG_KINDS)[number];
export type LogKindV2 = (typeof LOG_KINDS_V2)[number];
export type RiskTier = (typeof RISK_TIERS)[number];
export type RollbackKind = (typeof ROLLBACK_KINDS)[number];
export type CredentialScope = (typeof CREDENTIAL_SCOPES)[number];
export type MappingKind = (typeof MAPPING_KINDS)[number];
export type ExceptionCase = (typeof EXCEPTION_CASES)[number];
export type ExceptionHandling = (typeof EXCEPTION_HANDLING)[number];
export type RolloutStage = (typeof ROLLOUT_STAGES)[number];
export type KpiKind = (typeof KPI_KINDS)[number];
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];
export type AccessControlField = (typeof ACCESS_CONTROL_FIELDS)[number];
export type EnablementDuty = (typeof ENABLEMENT_DUTIES)[number];
