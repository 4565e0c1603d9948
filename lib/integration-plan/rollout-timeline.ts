/**
 * The rollout as a timeline (issue #17): the one model the workspace, the project dashboard
 * and the PDF all draw, so they cannot disagree. Phases keep their plan order (the order is
 * the plan, as for the rules); dates place them on one axis and say which phase is current.
 * Pure: today is an argument. Decisions: README-layout.md.
 */
import { ROLLOUT_STAGE_LABELS, rowHasValue, type Plan, type RolloutPhase, type RolloutStage } from "@/lib/readiness";
import { dateOfDay, dayNumber, type CalendarDate } from "./calendar-day";
import { oneLine, sectionRows, trimmedText } from "./layout-input";
import { phaseDays, type EndSource, type PhaseDays, type StartSource, type TimelineNote } from "./rollout-dates";
import { currentAndNext, phaseStandings, type PhaseStatus, type StatusBasis } from "./rollout-status";

export type { TimelineNote } from "./rollout-dates";
export type { PhaseStatus, StatusBasis } from "./rollout-status";

/** The three criteria shown at a glance; null when blank. Line breaks are kept. */
export interface PhaseCriteria {
  entry: string | null;
  exit: string | null;
  rollback: string | null;
}

export interface TimelinePhase {
  /** Place in the plan (0-based), blank rows left out; `notes` name phases by it. */
  order: number;
  /** Index in the document's rollout list: findings target `plan.rollout.<row>`. */
  row: number;
  /** The name, else the stage's label, else "Phase <order + 1>"; on one line. */
  label: string;
  name: string | null;
  stage: RolloutStage | null;
  stageLabel: string | null;
  scope: string | null;
  writesEnabled: boolean | null;
  criteria: PhaseCriteria;
  /** The dates drawn (given or derived, see `startSource` / `endSource`); null when unknown. */
  start: CalendarDate | null;
  end: CalendarDate | null;
  startSource: StartSource | null;
  endSource: EndSource | null;
  /**
   * Fractions of the span, whole days included: `from` is the start of its first day, `to`
   * the end of its last. A phase with one date covers that day; an undated one is null.
   */
  position: { from: number; to: number } | null;
  status: PhaseStatus;
  statusBasis: StatusBasis;
}

export interface RolloutTimeline {
  phases: TimelinePhase[];
  /** First and last day any phase covers (both included); null when no phase has a date. */
  span: { start: CalendarDate; end: CalendarDate; days: number } | null;
  /**
   * Today marks the middle of its day, so it falls inside a phase on that phase's first and
   * last day. Outside the span the position is null (never clamped to an edge, which would
   * claim a day the rollout does not cover) and `relation` says on which side.
   */
  today: { date: CalendarDate; position: number | null; relation: "before" | "within" | "after" | null };
  current: TimelinePhase | null;
  next: TimelinePhase | null;
  notes: TimelineNote[];
}

/** The rollout rows the timeline should draw: none when the section is declared not applicable. */
export function rolloutPhasesOf(plan: Plan | undefined): readonly RolloutPhase[] {
  return sectionRows(plan, "rollout");
}

interface Span {
  first: number;
  last: number;
  days: number;
}

function spanOf(days: readonly PhaseDays[]): Span | null {
  const known = days.flatMap((phase) => [phase.start, phase.end]).filter((day): day is number => day !== null);
  if (known.length === 0) return null;
  const first = Math.min(...known);
  const last = Math.max(...known);
  return { first, last, days: last - first + 1 };
}

function positionOf(days: PhaseDays, span: Span | null): TimelinePhase["position"] {
  const first = days.start ?? days.end;
  const last = days.end ?? days.start;
  if (span === null || first === null || last === null) return null;
  return { from: (first - span.first) / span.days, to: (last - span.first + 1) / span.days };
}

function todayOf(date: CalendarDate, today: number, span: Span | null): RolloutTimeline["today"] {
  if (span === null) return { date, position: null, relation: null };
  if (today < span.first) return { date, position: null, relation: "before" };
  if (today > span.last) return { date, position: null, relation: "after" };
  return { date, position: (today - span.first + 0.5) / span.days, relation: "within" };
}

/**
 * The timeline of `phases` (a rollout list as stored, blank rows included) on `today`
 * (YYYY-MM-DD; anything else is a caller's bug and throws a RangeError). Broken, missing
 * and inconsistent dates never throw: they are left out or derived, and noted.
 */
export function rolloutTimeline(phases: readonly RolloutPhase[], today: CalendarDate): RolloutTimeline {
  const todayDay = dayNumber(today);
  if (todayDay === null) throw new RangeError(`expected today as a calendar date written YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const rows = phases.flatMap((phase, row) => (rowHasValue(phase) ? [{ phase, row }] : []));
  const { days, notes } = phaseDays(rows.map(({ phase }) => phase));
  const span = spanOf(days);
  const standings = phaseStandings(days, todayDay);
  const drawn = rows.map(({ phase, row }, order): TimelinePhase => {
    const own = days[order] as PhaseDays;
    const standing = standings[order] as (typeof standings)[number];
    const stageLabel = phase.stage === undefined ? null : ROLLOUT_STAGE_LABELS[phase.stage];
    const name = oneLine(phase.name);
    return {
      order,
      row,
      label: name ?? stageLabel ?? `Phase ${order + 1}`,
      name,
      stage: phase.stage ?? null,
      stageLabel,
      scope: trimmedText(phase.scope),
      writesEnabled: phase.writesEnabled ?? null,
      criteria: {
        entry: trimmedText(phase.entryCriteria),
        exit: trimmedText(phase.exitCriteria),
        rollback: trimmedText(phase.rollbackCriteria),
      },
      start: own.start === null ? null : dateOfDay(own.start),
      end: own.end === null ? null : dateOfDay(own.end),
      startSource: own.startSource,
      endSource: own.endSource,
      position: positionOf(own, span),
      status: standing.status,
      statusBasis: standing.basis,
    };
  });
  const { current, next } = currentAndNext(standings);
  return {
    phases: drawn,
    span: span === null ? null : { start: dateOfDay(span.first), end: dateOfDay(span.last), days: span.days },
    today: todayOf(today, todayDay, span),
    current: current === null ? null : (drawn[current] ?? null),
    next: next === null ? null : (drawn[next] ?? null),
    notes,
  };
}
