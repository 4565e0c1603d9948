/**
 * Human labels for every enumeration value. Typed as a complete record per enum, so
 * adding a value to `enums.ts` without a label fails type checking.
 */
import type {
  ACTION_KINDS,
  AI_ACCESS,
  APPROVAL_LEVELS,
  FALLBACKS,
  LOG_KINDS,
  OBJECTS,
  PROVIDER_RETENTION,
  RISK_LEVELS,
  SENSITIVITY_CLASSES,
  SEVERITIES,
  SYNC_DIRECTIONS,
  SYSTEMS,
  TEST_CATEGORIES,
  TEST_STATUSES,
  VERDICTS,
} from "../enums";

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export interface EnumLabels {
  systems: Labels<typeof SYSTEMS>;
  objects: Labels<typeof OBJECTS>;
  aiAccess: Labels<typeof AI_ACCESS>;
  syncDirection: Labels<typeof SYNC_DIRECTIONS>;
  sensitivity: Labels<typeof SENSITIVITY_CLASSES>;
  providerRetention: Labels<typeof PROVIDER_RETENTION>;
  fallbacks: Labels<typeof FALLBACKS>;
  kind: Labels<typeof ACTION_KINDS>;
  approval: Labels<typeof APPROVAL_LEVELS>;
  category: Labels<typeof TEST_CATEGORIES>;
  status: Labels<typeof TEST_STATUSES>;
  captured: Labels<typeof LOG_KINDS>;
  risk: Labels<typeof RISK_LEVELS>;
  severity: Labels<typeof SEVERITIES>;
  verdict: Labels<typeof VERDICTS>;
}

export const ENUM_LABELS: EnumLabels = {
  systems: {
    crm: "CRM",
    erp: "ERP",
    support_desk: "Support desk",
    billing: "Billing",
    itsm: "ITSM",
    telephony: "Telephony",
    chat: "Chat",
    marketing_automation: "Marketing automation",
    data_warehouse: "Data warehouse",
    other: "Other",
  },
  objects: {
    account: "Account",
    contact: "Contact",
    opportunity: "Opportunity",
    ticket: "Ticket",
    contract: "Contract",
    product_usage_event: "Product usage event",
    internal_task: "Internal task",
    approval_status: "Approval status",
    invoice: "Invoice / payment",
  },
  aiAccess: {
    none: "No access",
    read: "Read",
    suggest: "Suggest",
    update: "Update",
    trigger: "Trigger",
  },
  syncDirection: { one_way: "One-way", bidirectional: "Bi-directional" },
  sensitivity: {
    customer: "Customer data",
    employee: "Employee data",
    financial: "Financial data",
    legal: "Legal data",
    health: "Health data",
  },
  providerRetention: { yes: "Yes", no: "No", unknown: "Unknown" },
  fallbacks: {
    human_review: "Human review",
    specialist_queue: "Specialist queue",
    request_info: "Request missing information",
    draft_only: "Draft but do not send",
    log_for_tuning: "Log for tuning",
    refuse_update: "Refuse to update the source",
  },
  kind: {
    read: "Read",
    draft: "Draft",
    recommend: "Recommend",
    update: "Update",
    trigger: "Trigger",
  },
  approval: {
    suggest: "Suggest",
    draft: "Draft",
    guardrails: "Execute with guardrails",
    automated: "Fully automated",
  },
  category: {
    duplicate_accounts: "Duplicate accounts",
    missing_fields: "Missing fields",
    stale_policy: "Stale policy language",
    multi_product: "Multi-product customer",
    changed_role: "Changed contact role",
    conflicting_notes: "Conflicting notes",
    abandoned_opportunity: "Abandoned opportunity",
    legal_or_refund_risk: "Legal or refund risk",
    other: "Other",
  },
  status: { untested: "Untested", pass: "Pass", fail: "Fail" },
  captured: {
    input_source: "Input source",
    output: "Output",
    confidence: "Confidence or routing reason",
    approval_decision: "Human approval or rejection",
    edit_distance: "Edit distance draft → final",
    time_saved: "Time saved",
    error_category: "Error category",
    downstream_outcome: "Downstream outcome",
  },
  risk: { low: "Low", medium: "Medium", high: "High" },
  severity: { blocker: "Blocker", warning: "Warning", info: "Info" },
  verdict: { blocked: "Blocked", incomplete: "Incomplete", ready: "Ready" },
};
