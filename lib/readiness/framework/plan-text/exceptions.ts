/**
 * Wording of the exceptions section (seeds 004 "bad data", 001 §5): what happens to a record
 * or call that goes wrong, case by case.
 */
import type { EXCEPTION_CASES, EXCEPTION_HANDLING } from "../../enums";
import type { ExceptionRow } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

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

const FIELDS: Readonly<Record<keyof Required<ExceptionRow>, FieldText>> = {
  case: { label: "Case", help: "The kind of bad data or failure this row plans for." },
  handling: {
    label: "Handling",
    help: "What the integration does with the record: retry, queue it for a person, park it, skip it with a log entry, merge, escalate — or fail.",
  },
  alert: { label: "Raises an alert", help: "Whether someone is told when this case happens, instead of finding out from a customer." },
  owner: { label: "Owner", help: "The person or team who works the queue or takes the escalation for this case." },
  notes: { label: "Notes", help: "Details: retry limits, which queue, what the reviewer checks." },
};

export const EXCEPTIONS_TEXT: PlanSectionText = {
  key: "exceptions",
  title: "Bad data and exceptions",
  why: "Real records arrive incomplete, duplicated or late, and target systems refuse payloads. An integration whose only answer is to stop leaves broken records nobody sees until a customer does.",
  goodAnswer:
    "Every likely failure has its own row — missing required fields, records that already exist, ambiguous matches, rejected payloads, partial failures — each routed somewhere safe (a retry, a review queue with an owner, a dead-letter queue) and raising an alert when a write is lost.",
  shape: "rows",
  source: "004 §Design for bad data, not ideal data; 001 §5 Design for Exceptions, Not Only Happy Paths",
  fields: FIELDS,
};
