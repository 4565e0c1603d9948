/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC), so the timeline can
 * subtract and compare them. UTC throughout: a phase never moves with a time zone or a
 * daylight-saving change. Pure.
 */
import { isCalendarDate } from "@/lib/readiness";

/** A calendar date written YYYY-MM-DD. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;

/** The day number of a real `YYYY-MM-DD` date, or null for anything else ("2027-02-30", "soon"). */
export function dayNumber(date: string): number | null {
  if (!isCalendarDate(date)) return null;
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  utc.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(utc.getTime() / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number (years 0000–9999). */
export function dateOfDay(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
