/**
 * What a save does to a stored plan, decided without the database: which items to create,
 * which to mark resolved (their finding is gone), which to reopen (it came back) and which
 * to refresh (same finding, new wording, severity or computed due date). Two states stay
 * apart: `status` is what a person says (open / in progress / done) and is never changed
 * here; `resolvedAt` is what the system says (the finding no longer fires). Owner, notes and
 * a due date a person set are not inputs at all, so nothing here can overwrite them.
 */
import type { CalendarDate, GeneratedItem, ItemStatus } from "./types";

/** The fields of a stored item reconciliation reads. */
export interface StoredItem {
  key: string;
  status: ItemStatus;
  /** Set by the system when the finding disappeared; null while it fires. */
  resolvedAt: string | null;
  severity: GeneratedItem["severity"];
  track: GeneratedItem["track"];
  window: GeneratedItem["window"];
  title: string;
  message: string;
  remediation: string;
  dueDate: CalendarDate;
  /** True once a person chose the due date: a new start or launch date no longer moves it. */
  dueDateSetByPerson: boolean;
}

/** Fields the generator computes that a stored item should follow. */
const REFRESHED = ["severity", "track", "window", "title", "message", "remediation"] as const;
type Refreshed = (typeof REFRESHED)[number];

/** The changed fields of one item, and only those (dueDate only when no person set it). */
export type ItemRefresh = { key: string } & Partial<Pick<GeneratedItem, Refreshed | "dueDate">>;

export interface Reconciliation {
  /** New findings: items to insert (status open, owner from the suggestion). */
  create: GeneratedItem[];
  /** Stored, not yet resolved, finding gone: set resolvedAt (status untouched). */
  resolve: string[];
  /** Stored, resolved by the system, finding back: clear resolvedAt (status untouched). */
  reopen: string[];
  /** Still-firing (or reopened) items whose computed fields changed. */
  refresh: ItemRefresh[];
}

export function reconcile(stored: readonly StoredItem[], generated: readonly GeneratedItem[]): Reconciliation {
  const storedByKey = new Map(stored.map((item) => [item.key, item]));
  const current = new Set(generated.map((item) => item.key));
  const result: Reconciliation = { create: [], resolve: [], reopen: [], refresh: [] };
  for (const item of stored) {
    if (!current.has(item.key) && item.resolvedAt === null) result.resolve.push(item.key);
  }
  for (const fresh of generated) {
    const old = storedByKey.get(fresh.key);
    if (old === undefined) {
      result.create.push(fresh);
      continue;
    }
    if (old.resolvedAt !== null) result.reopen.push(fresh.key);
    const refresh: ItemRefresh = { key: fresh.key };
    let changed = false;
    for (const field of REFRESHED) {
      if (old[field] !== fresh[field]) {
        Object.assign(refresh, { [field]: fresh[field] });
        changed = true;
      }
    }
    if (!old.dueDateSetByPerson && old.dueDate !== fresh.dueDate) {
      refresh.dueDate = fresh.dueDate;
      changed = true;
    }
    if (changed) result.refresh.push(refresh);
  }
  return result;
}

/** Marked done by a person while its finding still fires: shown as "still firing" until the answers change. */
export function stillFiring(item: { key: string; status: ItemStatus }, currentKeys: ReadonlySet<string>): boolean {
  return item.status === "done" && currentKeys.has(item.key);
}

/** What the plan shows for an item: resolved by the system, still firing despite "done", or the person's status. */
export function displayState(
  item: { key: string; status: ItemStatus; resolvedAt: string | null },
  currentKeys: ReadonlySet<string>,
): ItemStatus | "resolved" | "still_firing" {
  if (item.resolvedAt !== null && !currentKeys.has(item.key)) return "resolved";
  return stillFiring(item, currentKeys) ? "still_firing" : item.status;
}
