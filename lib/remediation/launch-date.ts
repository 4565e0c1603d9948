/**
 * The launch date a plan defaults to: the start date of the first rollout phase. "First"
 * means what it means to the rules (BIG_BANG_ROLLOUT): the first phase in document order
 * once blank rows are left out. A rollout declared not applicable names no launch date (the
 * rules ignore its content too); a v1 document has no plan, so no launch date either. Pure.
 */
import { isCalendarDate, rowHasValue, type JudgedDocument } from "@/lib/readiness";
import type { CalendarDate } from "./types";

/** Accepts v1 and v2 documents (a v1 document is a v2 one without the plan). */
export function launchDateOf(document: JudgedDocument): CalendarDate | null {
  if (document.plan?.notApplicable?.rollout !== undefined) return null;
  const first = document.plan?.rollout?.find((phase) => rowHasValue(phase));
  const start = first?.start;
  // The schema guarantees a real date; the check keeps an unvalidated draft from breaking the arithmetic.
  return start !== undefined && isCalendarDate(start) ? start : null;
}
