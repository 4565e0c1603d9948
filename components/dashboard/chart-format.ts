/**
 * Pure helpers shared by the dashboard charts and their text alternatives. Imports only
 * `lib/readiness/keys` (no zod, no framework prose) so it stays cheap wherever it lands,
 * and formats dates by hand so server and browser print exactly the same words.
 */
import { BLOCKING_SCORE_THRESHOLD as THRESHOLD, type AreaKey } from "@/lib/readiness/keys";
import { isBlockingScore } from "@/lib/readiness/score-meaning";
import { formatDate, formatDayMonth, type DateFormat } from "@/lib/utils/format-date";

export const MAX_BLOCKERS = 10;

/** Area scores are whole numbers; averages keep one decimal. */
export function formatScore(score: number | null | undefined): string {
  if (typeof score !== "number" || Number.isNaN(score)) return "–";
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** The readiness index is shown with two decimals (docs/product.md, Verdict and readiness index). */
export function formatIndex(index: number | null | undefined): string {
  return typeof index === "number" && !Number.isNaN(index) ? index.toFixed(2) : "–";
}

/** The day of an ISO date or timestamp ("2025-03-04…"), or null when it does not start with one. */
const isoDay = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null);

/** "2025-03-04" → "4 Mar 2025" in the organization's format (lib/utils/format-date.ts); anything unparseable is shown as given. */
export function formatDay(iso: string, format?: DateFormat): string {
  const day = isoDay(iso);
  return day ? formatDate(day, { format }) : iso;
}

/** Axis label: "4 Mar" within one year, "4 Mar 25" when the series spans years (or their likes in other formats). */
export function formatDayShort(iso: string, spansYears: boolean, format?: DateFormat): string {
  const day = isoDay(iso);
  return day ? formatDayMonth(day, { format, shortYear: spansYears }) : iso;
}

export function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

export interface RadarArea {
  key: AreaKey;
  label: string;
  current: number | null;
  previous: number | null;
}

/** The chart's accessible name: every score in words, then what blocks launch. */
export function radarSummary(areas: readonly RadarArea[], previousLabel: string): string {
  const scores = areas.map((area) => `${area.label} ${area.current === null ? "not scored" : formatScore(area.current)}`);
  const below = areas.filter((area) => isBlockingScore(area.current)).map((area) => area.label);
  const hasPrevious = areas.some((area) => area.previous !== null);
  const changed = areas.filter((area) => area.current !== null && area.previous !== null && area.current !== area.previous).length;
  return [
    `Radar chart of the ${areas.length} readiness areas against the launch threshold ${THRESHOLD}.`,
    `Current draft: ${scores.join(", ")}.`,
    below.length === 0 ? `No area is below ${THRESHOLD}.` : `Below ${THRESHOLD}: ${below.join(", ")}.`,
    hasPrevious ? `${plural(changed, "area")} changed since the ${previousLabel.toLowerCase()}.` : "No earlier snapshot to compare.",
  ].join(" ");
}

export interface TrendPoint {
  date: string;
  index: number | null;
  ready?: number;
  incomplete?: number;
  blocked?: number;
}

export function sortByDate<T extends { date: string }>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function hasVerdictCounts(points: readonly TrendPoint[]): boolean {
  return points.some((p) => p.ready !== undefined || p.incomplete !== undefined || p.blocked !== undefined);
}

/** The line chart's accessible name: span, first and latest index, low and high. */
export function trendSummary(points: readonly TrendPoint[], format?: DateFormat): string {
  const sorted = sortByDate(points);
  const scored = sorted.filter((p): p is TrendPoint & { index: number } => p.index !== null);
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last) return "No readiness index recorded yet.";
  const values = scored.map((p) => p.index);
  const span =
    first === last ? `on ${formatDay(first.date, format)}` : `from ${formatDay(first.date, format)} to ${formatDay(last.date, format)}`;
  const move = first === last ? `was ${formatIndex(first.index)}` : `went from ${formatIndex(first.index)} to ${formatIndex(last.index)}`;
  return (
    `Line chart of the readiness index (0 to 5, launch threshold ${THRESHOLD}) ${span}, ${plural(scored.length, "point")}. ` +
    `The index ${move}; lowest ${formatIndex(Math.min(...values))}, highest ${formatIndex(Math.max(...values))}.`
  );
}

export interface BlockerItem {
  ruleId: string;
  title: string;
  count: number;
  href: string;
}

/** Most frequent first; ties by rule id so the order never flickers between renders. */
export function topBlockers(items: readonly BlockerItem[], limit = MAX_BLOCKERS): BlockerItem[] {
  return [...items]
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    .slice(0, limit);
}

/** Whole percentages of the total; 0 when there is nothing to divide. */
export function share(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}
