/**
 * The rollout as a timeline (issue #17), server-rendered HTML (no client script): one row
 * per phase in plan order, its bar placed on the shared date axis, today drawn as a line
 * across every row, the current phase highlighted, and each phase's entry, exit and rollback
 * criteria right under its bar. Bars are fractions of the width, so it fits any screen.
 * Positions and statuses come from lib/integration-plan/rollout-timeline (shared with the PDF).
 */
import { Badge } from "@/components/ui/badge";
import { timelineNoteText } from "@/lib/integration-plan/rollout-note-text";
import type { PhaseStatus, RolloutTimeline as TimelineModel, TimelinePhase } from "@/lib/integration-plan/rollout-timeline";
import { cn } from "@/lib/utils/cn";
import { formatDate, type DateFormat } from "@/lib/utils/format-date";

const STATUS: Record<PhaseStatus, { label: string; tone: "neutral" | "success" | "warning" | "accent" }> = {
  done: { label: "Done", tone: "success" },
  current: { label: "Current", tone: "accent" },
  overdue: { label: "Overdue", tone: "warning" },
  upcoming: { label: "Upcoming", tone: "neutral" },
};

const BAR: Record<PhaseStatus, string> = {
  done: "bg-success",
  current: "bg-accent",
  overdue: "bg-warning",
  upcoming: "bg-fg-muted/40",
};

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

function dates(phase: TimelinePhase, format: DateFormat): string {
  if (phase.start === null && phase.end === null) return "No dates";
  const start = phase.start === null ? "?" : formatDate(phase.start, { format });
  const end = phase.end === null ? "open end" : formatDate(phase.end, { format });
  const derived = phase.startSource === "previous-end" || phase.endSource === "next-start" ? " (partly derived)" : "";
  return `${start} – ${end}${derived}`;
}

/** Dates, then the stage when the name does not already say it, then whether it writes. */
function facts(phase: TimelinePhase, format: DateFormat): string[] {
  const stage = phase.stageLabel !== null && phase.stageLabel !== phase.label ? phase.stageLabel : null;
  const writes = phase.writesEnabled === null ? null : phase.writesEnabled ? "writes on" : "no writes";
  return [dates(phase, format), stage, writes].filter((fact) => fact !== null);
}

function Criterion({ label, text }: { label: string; text: string | null }) {
  return (
    <div>
      <dt className="text-xs font-semibold text-fg-muted uppercase">{label}</dt>
      <dd className={cn("break-words whitespace-pre-line", text === null && "text-fg-muted italic")}>{text ?? "Not written"}</dd>
    </div>
  );
}

function Phase({ phase, timeline, format }: { phase: TimelinePhase; timeline: TimelineModel; format: DateFormat }) {
  const status = STATUS[phase.status];
  const isCurrent = timeline.current?.order === phase.order;
  const isNext = timeline.next?.order === phase.order;
  return (
    <li
      className={cn("rounded-lg border p-3", isCurrent ? "border-accent bg-surface-muted" : "border-border")}
      aria-current={isCurrent ? "step" : undefined}
      data-testid="rollout-phase"
      data-status={phase.status}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h4 className="font-semibold break-words">{phase.label}</h4>
        <Badge tone={status.tone}>{isCurrent ? "Current phase" : status.label}</Badge>
        {isNext ? <Badge tone="neutral">Next</Badge> : null}
      </div>
      <p className="mt-1 text-sm text-fg-muted">{facts(phase, format).join(" · ")}</p>
      {timeline.span === null ? null : (
        <div aria-hidden className="relative mt-2 h-3 rounded-full bg-surface-muted ring-1 ring-border">
          {phase.position === null ? null : (
            <div
              className={cn("absolute inset-y-0 rounded-full", BAR[phase.status])}
              style={{ left: percent(phase.position.from), width: percent(phase.position.to - phase.position.from) }}
            />
          )}
          {timeline.today.position === null ? null : (
            <div className="absolute -inset-y-1 w-0.5 bg-danger" style={{ left: percent(timeline.today.position) }} />
          )}
        </div>
      )}
      {phase.scope === null ? null : <p className="mt-2 text-sm break-words">{phase.scope}</p>}
      <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-3">
        <Criterion label="Entry" text={phase.criteria.entry} />
        <Criterion label="Exit" text={phase.criteria.exit} />
        <Criterion label="Rollback" text={phase.criteria.rollback} />
      </dl>
    </li>
  );
}

function todayText(timeline: TimelineModel, format: DateFormat): string {
  const today = formatDate(timeline.today.date, { format });
  if (timeline.today.relation === "before") return `Today (${today}) is before the first phase starts.`;
  if (timeline.today.relation === "after") return `Today (${today}) is after the last phase ends.`;
  if (timeline.today.relation === "within") return `The red line marks today, ${today}.`;
  return "";
}

export function RolloutTimeline({ timeline, format }: { timeline: TimelineModel; format: DateFormat }) {
  const undated = timeline.phases.filter((phase) => phase.position === null).length;
  return (
    <div className="space-y-3" data-testid="rollout-timeline">
      {timeline.span === null ? (
        <p className="text-sm text-fg-muted">No phase has dates yet: the phases are shown in plan order.</p>
      ) : (
        <div className="space-y-1 text-sm text-fg-muted">
          <p>{todayText(timeline, format)}</p>
          <p className="flex justify-between gap-2">
            <span>From {formatDate(timeline.span.start, { format })}</span>
            <span>to {formatDate(timeline.span.end, { format })}</span>
          </p>
        </div>
      )}
      {timeline.span !== null && undated > 0 ? (
        <p className="text-sm text-fg-muted">
          {undated === 1 ? "One phase has" : `${undated} phases have`} no dates: they keep their place in the plan order without a bar.
        </p>
      ) : null}
      <ol className="space-y-3" aria-label="Rollout phases in plan order">
        {timeline.phases.map((phase) => (
          <Phase key={phase.order} phase={phase} timeline={timeline} format={format} />
        ))}
      </ol>
      {timeline.notes.length === 0 ? null : (
        <ul className="list-disc space-y-1 pl-5 text-sm text-fg-muted" aria-label="Notes on the dates">
          {timeline.notes.map((note, at) => (
            <li key={at}>{timelineNoteText(note, timeline)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
