/**
 * The 90-day remediation plan (issue #18): its windows, the statuses a person sets, and the
 * item the generator makes of one open finding. Pure data; no clock anywhere in this folder.
 */
import type { Severity, Track } from "@/lib/readiness";

/** The three 30-day windows, in plan order (seed 002: safe writes, semantics, observability). */
export const REMEDIATION_WINDOWS = ["days-1-30", "days-31-60", "days-61-90"] as const;
export type RemediationWindow = (typeof REMEDIATION_WINDOWS)[number];

export const WINDOW_LABELS: Readonly<Record<RemediationWindow, string>> = {
  "days-1-30": "Days 1–30",
  "days-31-60": "Days 31–60",
  "days-61-90": "Days 61–90",
};

/** What a person says about an item. "Resolved" is not among them: the system sets it (reconcile.ts). */
export const ITEM_STATUSES = ["open", "in_progress", "done"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
};

/** A calendar date written YYYY-MM-DD (UTC arithmetic, no time of day). */
export type CalendarDate = string;

/** Who the answers suggest for an item, and where the name came from ("escalation owner (Q4)"). */
export interface SuggestedOwner {
  name: string;
  from: string;
}

/** One item of a generated plan: one open finding, placed in its window with a due date. */
export interface GeneratedItem {
  /** `${ruleId}@${target}`: what keeps an item's owner, status and notes across re-evaluations. */
  key: string;
  ruleId: string;
  target: string;
  severity: Severity;
  track: Track;
  window: RemediationWindow;
  dueDate: CalendarDate;
  /** The rule's title. */
  title: string;
  /** The finding's message (several, one per line, when findings shared a key). */
  message: string;
  remediation: string;
  suggestedOwner: SuggestedOwner | null;
}

/** The key of a finding's item. */
export function itemKey(ruleId: string, target: string): string {
  return `${ruleId}@${target}`;
}
