/**
 * Wording of the exceptions section (seeds 004 "bad data", 001 §5): what happens to a record
 * or call that goes wrong, case by case.
 */
import type { EXCEPTION_CASES, EXCEPTION_HANDLING } from "../../enums";

export const EXCEPTION_CASE_LABELS: Readonly<Record<(typeof EXCEPTION_CASES)[number], string>> = {
  missing_required_field: "Required field missing",
  record_exists: "Record already in the target",
  ambiguous_match: "Several records could match",
  target_rejects: "Target rejects the payload",
  downstream_timeout: "Downstream system times out",
  out_of_order_event: "Events arrive out of order",
  permission_denied: "Permission denied",
  partial_failure: "Partial failure across systems",
};

export const EXCEPTION_HANDLING_LABELS: Readonly<Record<(typeof EXCEPTION_HANDLING)[number], string>> = {
  fail: "Fail the run",
  retry: "Retry safely",
  review_queue: "Send to a review queue",
  dead_letter: "Park in a dead-letter queue",
  skip_and_log: "Skip and log",
  merge: "Merge with the existing record",
  escalate: "Escalate to a person",
};
