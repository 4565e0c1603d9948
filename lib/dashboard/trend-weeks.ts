/**
 * The portfolio trend's points: the ends of the last completed weeks (Monday 00:00 UTC),
 * then "now". At each point every active project counts with its latest snapshot so far;
 * projects without one are left out and the index is the mean of the others.
 */
import type { TrendPoint } from "./portfolio";

/** Points on the trend: this many completed weeks, and now. */
export const COMPLETED_WEEKS = 11;

const DAY = 24 * 3600 * 1000;

/** Monday 00:00 UTC of the week `now` falls in. */
export function weekStart(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysSinceMonday = (now.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY);
}

/** The ends of the last `count` completed weeks, oldest first. */
export function completedWeekEnds(now: Date, count = COMPLETED_WEEKS): Date[] {
  const latest = weekStart(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(latest - (count - 1 - i) * 7 * DAY));
}

export interface WeekFigures {
  ready: number;
  incomplete: number;
  blocked: number;
  index: number | null;
}

/** A week is labelled by its last day, the Sunday. */
export function weekPoint(weekEnd: Date, figures: WeekFigures): TrendPoint {
  return { date: new Date(weekEnd.getTime() - DAY).toISOString().slice(0, 10), ...figures };
}

/** Rounded like the stored weeks, so the line does not jump at "now". */
export function roundIndex(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The "now" point from counts of latest snapshots and their mean index; null when no project has one. */
export function nowPoint(now: Date, figures: WeekFigures): TrendPoint | null {
  if (figures.ready + figures.incomplete + figures.blocked === 0) return null;
  return { date: now.toISOString().slice(0, 10), ...figures, index: figures.index === null ? null : roundIndex(figures.index) };
}
