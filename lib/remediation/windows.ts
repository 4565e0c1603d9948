/**
 * Where an item goes in the 90 days and when it is due. The start date is day 1, so day 30
 * is start + 29. Dates are YYYY-MM-DD strings and all arithmetic is UTC: a due date never
 * moves with the server's time zone or a daylight-saving change. Pure: every date is an argument.
 */
import { isCalendarDate, type Severity, type Track } from "@/lib/readiness";
import type { CalendarDate, RemediationWindow } from "./types";

const DAY_MS = 86_400_000;

function toUtcMs(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** `date` plus `days` (negative goes back); throws on a date that does not exist. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`expected a whole number of days, got ${days}`);
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The last day of each window, counted from the start (day 1 = start + 0). */
export const WINDOW_LAST_DAY_OFFSET: Readonly<Record<RemediationWindow, number>> = {
  "days-1-30": 29,
  "days-31-60": 59,
  "days-61-90": 89,
};

const TRACK_WINDOW: Readonly<Record<Track, RemediationWindow>> = {
  // Launch gates are fixed before anything goes live: the first window, like safe writes.
  "launch-gate": "days-1-30",
  "safe-writes": "days-1-30",
  semantics: "days-31-60",
  observability: "days-61-90",
};

/** Every blocker goes to days 1–30 whatever its track; warnings and info to their track's window. */
export function windowFor(severity: Severity, track: Track): RemediationWindow {
  return severity === "blocker" ? "days-1-30" : TRACK_WINDOW[track];
}

/**
 * The due date of an item.
 * - Blocker: the launch date when there is one inside days 1–30 (start ≤ launch ≤ start + 29);
 *   the start itself when the launch date lies before the start (already late: due at once);
 *   else day 30 (no launch date, or a launch after day 30).
 * - Warning and info: the last day of the window (start + 29, + 59, + 89).
 */
export function dueDateFor(
  window: RemediationWindow,
  severity: Severity,
  start: CalendarDate,
  launchDate: CalendarDate | null,
): CalendarDate {
  const windowEnd = addDays(start, WINDOW_LAST_DAY_OFFSET[window]);
  if (severity !== "blocker" || launchDate === null) return windowEnd;
  const offset = daysBetween(start, launchDate);
  if (offset < 0) return start;
  if (offset <= WINDOW_LAST_DAY_OFFSET["days-1-30"]) return launchDate;
  return addDays(start, WINDOW_LAST_DAY_OFFSET["days-1-30"]);
}
