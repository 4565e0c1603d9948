/**
 * The sentences under the timeline (web and PDF alike) for what its dates left out or found
 * odd. Dates are not repeated in them: the phases beside the notes show those, in the
 * organization's date format.
 */
import { oneLine } from "./layout-input";
import type { RolloutTimeline, TimelineNote } from "./rollout-timeline";

const MAX_ECHO = 40;

/** The author's text back in quotes, cut short: a broken date field may hold anything. */
function echo(value: string): string {
  const line = oneLine(value) ?? "";
  return `“${line.length > MAX_ECHO ? `${line.slice(0, MAX_ECHO - 1)}…` : line}”`;
}

export function timelineNoteText(note: TimelineNote, timeline: Pick<RolloutTimeline, "phases">): string {
  const label = (order: number) => timeline.phases[order]?.label ?? `Phase ${order + 1}`;
  switch (note.kind) {
    case "unparseable-date":
      return `${label(note.phase)}: the ${note.field} date ${echo(note.value)} is not a real date written YYYY-MM-DD, so the timeline leaves it out.`;
    case "end-before-start":
      return `${label(note.phase)} ends before it starts, so the timeline leaves its end out.`;
    case "starts-before-previous":
      return `${label(note.phase)} starts before ${label(note.previous)}, the phase before it.`;
    case "overlap":
      return `${label(note.phase)} starts before ${label(note.previous)} has ended: the two phases overlap.`;
  }
}
