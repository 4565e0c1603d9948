/** The 90-day remediation plan's pure core (issue #18): generation, reconciliation on save, exports. */
export * from "./types";
export { addDays, daysBetween, dueDateFor, windowFor, WINDOW_LAST_DAY_OFFSET } from "./windows";
export { launchDateOf } from "./launch-date";
export { matchMember, suggestOwner, type MemberCandidate } from "./owner";
export { generatePlan, type GeneratePlanInput } from "./generate";
export { displayState, reconcile, stillFiring, type ItemRefresh, type Reconciliation, type StoredItem } from "./reconcile";
export { CSV_COLUMNS, itemDescription, planToCsv, type ExportItem } from "./csv";
export { escapeText, foldLine, ICS_PRODID, planToIcs, type IcsInput } from "./ics";
