/**
 * Words for values in the report. Dates are the app's (lib/utils/format-date.ts: by hand, in
 * UTC, not with Intl), in the organization's date format with months spelled out, so a
 * report reads the same whatever the server's locale, time zone or ICU version — a
 * snapshot re-rendered next year must not change its wording.
 */
import { CUSTOM_OBJECT_PREFIX, ENUM_LABELS, MAX_SCORE, isBlank, type BusinessObject } from "@/lib/readiness";
import { formatDate as appDate, formatDateTime as appDateTime, type DateFormat } from "@/lib/utils/format-date";

export const EMPTY = "—";

function parseIso(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "14 March 2025" (UTC) by default, or the organization's format; an unparsable value is printed as given. */
export function formatDate(iso: string, format?: DateFormat): string {
  return appDate(iso, { format, months: "long" });
}

/** "14 March 2025, 09:05 UTC" by default, or the organization's format. */
export function formatDateTime(iso: string, format?: DateFormat): string {
  return appDateTime(iso, { format, months: "long" });
}

/** A valid Date for the PDF metadata; the epoch when the value is unusable (never "now"). */
export function metadataDate(iso: string): Date {
  return parseIso(iso) ?? new Date(0);
}

export function yesNo(value: boolean | undefined): string {
  if (value === undefined) return EMPTY;
  return value ? "Yes" : "No";
}

export function text(value: string | undefined | null): string {
  return value === undefined || value === null || isBlank(value) ? EMPTY : value.trim();
}

export function count(value: number | undefined): string {
  if (value === undefined) return EMPTY;
  // Grouped by hand ("12,500") for the same locale-independence as dates.
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function label<K extends string>(labels: Readonly<Record<K, string>>, value: K | undefined): string {
  return value === undefined ? EMPTY : labels[value];
}

export function labels<K extends string>(map: Readonly<Record<K, string>>, values: readonly K[] | undefined): string {
  return values === undefined || values.length === 0 ? EMPTY : values.map((value) => map[value]).join(", ");
}

export function objectLabel(object: BusinessObject | undefined): string {
  if (object === undefined) return EMPTY;
  if (object.startsWith(CUSTOM_OBJECT_PREFIX)) return `${object.slice(CUSTOM_OBJECT_PREFIX.length).trim()} (custom)`;
  return ENUM_LABELS.objects[object as keyof typeof ENUM_LABELS.objects] ?? object;
}

/** "3.43 / 5 (69%)"; "Not scored" when no area has a score. */
export function formatIndex(index: number | null, percent: number | null): string {
  if (index === null) return "Not scored";
  return `${index.toFixed(2)} / ${MAX_SCORE}${percent === null ? "" : ` (${percent}%)`}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A short, stable form of an id for running footers ("snapshot 3f2a9c1d"). */
export function shortId(id: string): string {
  return id.length > 12 ? id.slice(0, 8) : id;
}
