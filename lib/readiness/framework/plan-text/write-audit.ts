/** Labels of the five sync-audit log kinds format v2 adds to Q7 (seed 004 "auditability"). */
import type { SYNC_AUDIT_LOG_KINDS } from "../../enums";

export const SYNC_AUDIT_LOG_KIND_LABELS: Readonly<Record<(typeof SYNC_AUDIT_LOG_KINDS)[number], string>> = {
  source_record_id: "Source record id",
  target_record_id: "Target record id",
  payload_version: "Payload version",
  failure_reason: "Failure reason",
  retry_history: "Retry history",
};
