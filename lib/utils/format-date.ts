/**
 * The one way the app writes dates and times, in the organization's date format
 * ("5 Dec 2026, 12:27 UTC" by default). Formatted by hand in UTC rather than with Intl: the
 * server and the browser must print the same words (a hydration mismatch otherwise), and a
 * report re-rendered next year must read the same whatever the ICU version. Times stay in
 * UTC in every format, and say so. Pure.
 */

/** The organization's choice (the `date_format` column); the first is the default. */
export const DATE_FORMATS = ["day_month_year", "month_day_year", "iso", "numeric_dmy"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const DEFAULT_DATE_FORMAT: DateFormat = "day_month_year";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

type DateInput = Date | string;

export interface DateOptions {
  format?: DateFormat;
  /** "Dec" in the app, "December" in reports; only the two word formats spell months. */
  months?: "short" | "long";
}

export interface TimeOptions {
  format?: DateFormat;
  seconds?: boolean;
}

function toDate(value: DateInput): Date | null {
  const date = typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const two = (n: number) => String(n).padStart(2, "0");

function dateWords(date: Date, format: DateFormat, months: "short" | "long"): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  const name = (months === "long" ? LONG_MONTHS : SHORT_MONTHS)[month];
  switch (format) {
    case "month_day_year":
      return `${name} ${day}, ${year}`;
    case "iso":
      return `${year}-${two(month + 1)}-${two(day)}`;
    case "numeric_dmy":
      return `${two(day)}.${two(month + 1)}.${year}`;
    default:
      return `${day} ${name} ${year}`;
  }
}

function timeWords(date: Date, format: DateFormat, seconds: boolean): string {
  const tail = `${two(date.getUTCMinutes())}${seconds ? `:${two(date.getUTCSeconds())}` : ""}`;
  const hours = date.getUTCHours();
  // The US word format reads the clock in 12 hours; every other format in 24.
  if (format === "month_day_year") return `${hours % 12 === 0 ? 12 : hours % 12}:${tail} ${hours < 12 ? "AM" : "PM"}`;
  return `${two(hours)}:${tail}`;
}

/** "5 Dec 2026", "Dec 5, 2026", "2026-12-05" or "05.12.2026"; an unreadable value is shown as given. */
export function formatDate(value: DateInput, { format = DEFAULT_DATE_FORMAT, months = "short" }: DateOptions = {}): string {
  const date = toDate(value);
  return date ? dateWords(date, format, months) : String(value);
}

/** "12:27" (or "12:27 PM" in the US format), optionally with seconds; UTC. */
export function formatTime(value: DateInput, { format = DEFAULT_DATE_FORMAT, seconds = false }: TimeOptions = {}): string {
  const date = toDate(value);
  return date ? timeWords(date, format, seconds) : String(value);
}

/** Between a date and its time: the ISO format's space, everyone else's comma. */
const joint = (format: DateFormat) => (format === "iso" ? " " : ", ");

/** "5 Dec 2026, 12:27 UTC"; the ISO format joins with a space: "2026-12-05 12:27 UTC". */
export function formatDateTime(value: DateInput, options: DateOptions & TimeOptions = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const format = options.format ?? DEFAULT_DATE_FORMAT;
  return `${dateWords(date, format, options.months ?? "short")}${joint(format)}${timeWords(date, format, options.seconds ?? false)} UTC`;
}

/** A span of time: "5 Dec 2026, 12:01–12:27 UTC" within a day, both ends in full across days. */
export function formatDateTimeRange(from: Date, to: Date, { format = DEFAULT_DATE_FORMAT }: { format?: DateFormat } = {}): string {
  if (from.getTime() === to.getTime()) return formatDateTime(to, { format });
  const day = formatDate(to, { format });
  if (formatDate(from, { format }) !== day) return `${formatDateTime(from, { format })} – ${formatDateTime(to, { format })}`;
  return `${day}${joint(format)}${formatTime(from, { format })}–${formatTime(to, { format })} UTC`;
}

/**
 * A day without its year, for chart axes: "4 Mar", "Mar 4", "03-04", "04.03."; with
 * `shortYear` (a series spanning years): "4 Mar 25", "Mar 4 '25", "25-03-04", "04.03.25".
 */
export function formatDayMonth(value: DateInput, { format = DEFAULT_DATE_FORMAT, shortYear = false } = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = two(date.getUTCFullYear() % 100);
  const name = SHORT_MONTHS[month];
  switch (format) {
    case "month_day_year":
      return shortYear ? `${name} ${day} '${year}` : `${name} ${day}`;
    case "iso":
      return `${shortYear ? `${year}-` : ""}${two(month + 1)}-${two(day)}`;
    case "numeric_dmy":
      return `${two(day)}.${two(month + 1)}.${shortYear ? year : ""}`;
    default:
      return shortYear ? `${day} ${name} ${year}` : `${day} ${name}`;
  }
}

/** What people call a snapshot: "Revision 3 · 5 Dec 2026, 12:27:41 UTC" — seconds, so two in one minute differ. */
export function snapshotLabel(snapshot: { number: number; createdAt: DateInput }, { format }: { format?: DateFormat } = {}): string {
  return `Revision ${snapshot.number} · ${formatDateTime(snapshot.createdAt, { format, seconds: true })}`;
}

const EXAMPLE = new Date(Date.UTC(2026, 11, 5, 14, 27));

/** The settings' choices, each shown by example ("Dec 5, 2026, 2:27 PM UTC"): short enough for a phone's select. */
export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  day_month_year: formatDateTime(EXAMPLE, { format: "day_month_year" }),
  month_day_year: formatDateTime(EXAMPLE, { format: "month_day_year" }),
  iso: `${formatDateTime(EXAMPLE, { format: "iso" })} (ISO 8601)`,
  numeric_dmy: formatDateTime(EXAMPLE, { format: "numeric_dmy" }),
};

export function isDateFormat(value: unknown): value is DateFormat {
  return typeof value === "string" && (DATE_FORMATS as readonly string[]).includes(value);
}
