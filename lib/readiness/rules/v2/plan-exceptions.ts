/** Exceptions and bad data (plan.exceptions): the five exception rules (seeds 004, 001 §5). */
import { EXCEPTION_CASES, REQUIRED_EXCEPTION_CASES, type ExceptionCase, type ExceptionHandling } from "../../enums";
import { inlineLabel, isBlank, joinList, quote } from "../../engine/text";
import { EXCEPTION_CASE_LABELS, EXCEPTION_HANDLING_LABELS } from "../../framework/plan-text/exceptions";
import type { ExceptionRow } from "../../schema/assessment-v2";
import { isWriteAction } from "../describe";
import { planRowHits } from "../rows";
import type { JudgedDocument, RuleDefinition, RuleHit } from "../types";

const BAD_DATA_SOURCE = "004 §Design for bad data, not ideal data";
const TARGET = "plan.exceptions";

/** Cases where a write is lost or half done: somebody must hear about them. */
const LOUD_CASES: ReadonlySet<ExceptionCase> = new Set(["target_rejects", "downstream_timeout", "permission_denied", "partial_failure"]);
/** Handlings that hand the record to a person. */
const PERSON_HANDLINGS: ReadonlySet<ExceptionHandling> = new Set(["review_queue", "escalate"]);

function caseName(value: ExceptionCase): string {
  return inlineLabel(EXCEPTION_CASE_LABELS[value]);
}

/** `Exception case "Permission denied"`, or a phrase for a row without a case. */
function describeException(row: ExceptionRow): string {
  return row.case === undefined ? "An exception row with no case" : `Exception case ${quote(EXCEPTION_CASE_LABELS[row.case])}`;
}

/** Distinct values in enum order, so messages never depend on row order. */
function casesIn(rows: readonly ExceptionRow[]): ExceptionCase[] {
  const present = new Set(rows.map((row) => row.case));
  return EXCEPTION_CASES.filter((value) => present.has(value));
}

function handlingText(handling: ExceptionHandling | undefined): string {
  return handling === undefined ? "no handling" : inlineLabel(EXCEPTION_HANDLING_LABELS[handling]);
}

function hasWriteAction(document: JudgedDocument): boolean {
  return (document.answers?.actions ?? []).some(isWriteAction);
}

function exceptionHits(
  document: JudgedDocument,
  applies: (row: ExceptionRow) => boolean,
  message: (row: ExceptionRow) => string,
): RuleHit[] {
  return planRowHits(document.plan?.exceptions, "exceptions", applies, message);
}

export const EXCEPTION_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_EXCEPTION_PLAN",
    severity: "warning",
    planSection: "exceptions",
    requires: ["actions"],
    requiresPlan: [],
    track: "observability",
    stage: 1,
    title: "Writes with no plan for bad data",
    source: "001 §5 Design for Exceptions, Not Only Happy Paths",
    remediation:
      "List the failures the writes will meet — missing fields, existing or ambiguous records, rejected payloads, timeouts, partial failures — and say how each is handled before go-live.",
    check: (document, context) =>
      !context.planAnswered.exceptions && hasWriteAction(document)
        ? [{ target: TARGET, message: "The AI writes to other systems, but there is no plan for bad data and failed writes." }]
        : [],
  },
  {
    id: "EXCEPTIONS_ONLY_FAIL",
    severity: "blocker",
    planSection: "exceptions",
    requires: [],
    requiresPlan: ["exceptions"],
    track: "safe-writes",
    stage: 1,
    title: "Every exception just fails",
    source: BAD_DATA_SOURCE,
    remediation:
      "Route bad records somewhere they can be fixed: a review queue with an owner, a dead-letter queue, or a safe retry, keeping the audit detail.",
    check: (document) => {
      // A row without a handling plans nothing either way: it neither proves nor disproves
      // a fail-only design, so only rows with a handling are judged.
      const handled = (document.plan?.exceptions ?? []).filter((row) => row.handling !== undefined);
      if (handled.length === 0 || handled.some((row) => row.handling !== "fail")) return [];
      const cases = casesIn(handled).map(caseName);
      const named = cases.length === 0 ? "" : ` (${joinList(cases)})`;
      return [
        {
          target: TARGET,
          message: `Every planned exception${named} just fails the run: bad records are neither retried, queued for review nor parked, so they are simply lost.`,
        },
      ];
    },
  },
  {
    id: "EXCEPTION_CASES_MISSING",
    severity: "warning",
    planSection: "exceptions",
    requires: ["actions"],
    requiresPlan: ["exceptions"],
    track: "observability",
    stage: 1,
    title: "Common failures not planned for",
    source: BAD_DATA_SOURCE,
    remediation:
      "Add a row for each failure named, with its handling, an alert where a write is lost, and an owner where a person takes over.",
    check: (document) => {
      if (!hasWriteAction(document)) return [];
      const present = new Set(casesIn(document.plan?.exceptions ?? []));
      const missing = REQUIRED_EXCEPTION_CASES.filter((value) => !present.has(value)).map(caseName);
      if (missing.length === 0) return [];
      return [{ target: TARGET, message: `The exception plan for the AI's writes does not cover ${joinList(missing, "or")}.` }];
    },
  },
  {
    id: "SILENT_FAILURE",
    severity: "warning",
    planSection: "exceptions",
    requires: [],
    requiresPlan: ["exceptions"],
    track: "observability",
    stage: 1,
    title: "Failure without an alert",
    source: "003 §Automation Checklist",
    remediation: "Raise an alert when this case happens, so a lost or half-done write is seen before a customer notices it.",
    check: (document) =>
      exceptionHits(
        document,
        // A missing `alert` raises no alert.
        (row) => row.case !== undefined && LOUD_CASES.has(row.case) && row.alert !== true,
        (row) => `${describeException(row)} raises no alert, so the failed write goes unnoticed.`,
      ),
  },
  {
    id: "EXCEPTION_QUEUE_UNOWNED",
    severity: "warning",
    planSection: "exceptions",
    requires: [],
    requiresPlan: ["exceptions"],
    track: "observability",
    stage: 1,
    title: "Review queue or escalation without an owner",
    source: BAD_DATA_SOURCE,
    remediation: "Name the person or team who works this queue or takes this escalation.",
    check: (document) =>
      exceptionHits(
        document,
        (row) => row.handling !== undefined && PERSON_HANDLINGS.has(row.handling) && isBlank(row.owner),
        (row) => `${describeException(row)} is handed to a person (${handlingText(row.handling)}), but nobody is named to take it.`,
      ),
  },
];
