/**
 * Audit history as people read it: one sitting of autosaves (the same person, each save
 * less than ten minutes after the one before) becomes one entry with the net change of
 * every field, instead of one row per keystroke pause. Other events stay as they are. Pure.
 */

import { readAuditChanges } from "@/lib/audit/changes";

export const SESSION_GAP_MS = 10 * 60 * 1000;

export interface FieldDelta {
  before: unknown;
  after: unknown;
}

export interface HistoryEvent {
  id: string;
  action: string;
  createdAt: Date;
  changes: unknown;
  actor: { id: string; name: string } | null;
}

export interface HistoryEntry {
  /** The newest event's id: stable while the sitting is still going. */
  id: string;
  action: string;
  actor: HistoryEvent["actor"];
  /** First and last event of the entry (the same for a single event). */
  from: Date;
  to: Date;
  /** How many events the entry stands for. */
  events: number;
  /** Net change per field, in the order the fields were first touched; fields changed and changed back are left out. */
  changes: [string, FieldDelta][];
}

const GROUPED = new Set(["assessment.saved"]);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function deltas(changes: unknown): [string, FieldDelta][] {
  return Object.entries(readAuditChanges(changes));
}

/** Merges oldest-first events into one entry: each field keeps its first `before` and its last `after`. */
function merge(oldestFirst: readonly HistoryEvent[]): HistoryEntry {
  const first = oldestFirst[0]!;
  const last = oldestFirst[oldestFirst.length - 1]!;
  const net = new Map<string, FieldDelta>();
  for (const event of oldestFirst) {
    for (const [path, delta] of deltas(event.changes)) {
      const seen = net.get(path);
      net.set(path, { before: seen ? seen.before : delta.before, after: delta.after });
    }
  }
  const changes = oldestFirst.length === 1 ? [...net] : [...net].filter(([, d]) => !same(d.before, d.after));
  return {
    id: last.id,
    action: first.action,
    actor: first.actor,
    from: first.createdAt,
    to: last.createdAt,
    events: oldestFirst.length,
    changes,
  };
}

/**
 * Groups newest-first events into newest-first entries. A sitting ends when someone else
 * acts, another kind of event comes between (a snapshot, an import), or ten minutes pass
 * without a save.
 */
export function groupHistory(newestFirst: readonly HistoryEvent[], gapMs = SESSION_GAP_MS): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let run: HistoryEvent[] = []; // newest first
  const flush = () => {
    if (run.length > 0) entries.push(merge([...run].reverse()));
    run = [];
  };
  for (const event of newestFirst) {
    const previous = run[run.length - 1]; // the next-newer event of the run
    const joins =
      previous !== undefined &&
      GROUPED.has(event.action) &&
      event.action === previous.action &&
      (event.actor?.id ?? null) === (previous.actor?.id ?? null) &&
      previous.createdAt.getTime() - event.createdAt.getTime() < gapMs;
    if (!joins) flush();
    run.push(event);
  }
  flush();
  return entries;
}
