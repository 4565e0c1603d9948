/**
 * The one way the app writes dates and times: "5 Dec 2026", "5 Dec 2026, 12:27 UTC".
 * Formatted by hand in UTC rather than with Intl: organizations have no locale setting, and
 * the server and the browser must print the same words (a hydration mismatch otherwise).
 * Pure.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type DateInput = Date | string;

function toDate(value: DateInput): Date | null {
  const date = typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const two = (n: number) => String(n).padStart(2, "0");

/** "5 Dec 2026"; an unreadable value is shown as given. */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  if (!date) return String(value);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "12:27", or "12:27:41" with seconds (UTC). */
export function formatTime(value: DateInput, { seconds = false } = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  const hm = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  return seconds ? `${hm}:${two(date.getUTCSeconds())}` : hm;
}

/** "5 Dec 2026, 12:27 UTC" (or with seconds). */
export function formatDateTime(value: DateInput, options: { seconds?: boolean } = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  return `${formatDate(date)}, ${formatTime(date, options)} UTC`;
}

/** What people call a snapshot: "Revision 3 · 5 Dec 2026, 12:27:41 UTC" — seconds, so two in one minute differ. */
export function snapshotLabel(snapshot: { number: number; createdAt: DateInput }): string {
  return `Revision ${snapshot.number} · ${formatDateTime(snapshot.createdAt, { seconds: true })}`;
}
