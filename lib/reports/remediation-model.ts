/**
 * What the report's remediation-plan section says, before layout: the open work of each
 * 30-day window with its last day, and the plan's figures (open, open blockers, overdue,
 * resolved by saves). Pure; the day the plan was read is in the input, never the clock.
 * The figures are the plan page's (`summarizePlan`), so the report and the page agree.
 */
import { ENUM_LABELS, TRACK_LABELS, type Severity } from "@/lib/readiness";
import { describePath } from "@/lib/readiness/describe-path";
import {
  addDays,
  REMEDIATION_WINDOWS,
  STATUS_LABELS,
  WINDOW_LAST_DAY_OFFSET,
  WINDOW_LABELS,
  type RemediationWindow,
} from "@/lib/remediation";
import { isOutstanding, summarizePlan } from "@/lib/remediation-plan/plan-summary";
import type { DateFormat } from "@/lib/utils/format-date";
import { formatDate, plural } from "./format";
import type { ReportRemediation, ReportRemediationItem } from "./types";

export const UNASSIGNED = "Unassigned";

/** "Done, still firing": marked done by a person while its finding still fires. */
export const STILL_FIRING_LABEL = `${STATUS_LABELS.done}, still firing`;

export interface RemediationRow {
  title: string;
  /** The place the item concerns, in words ("Q5 · Action 2"). */
  where: string;
  severity: Severity;
  severityLabel: string;
  trackLabel: string;
  owner: string;
  /** Formatted like every date of the report ("14 March 2025"). */
  due: string;
  /** Due before the day the plan was read and not done. */
  overdue: boolean;
  status: string;
}

export interface RemediationWindowView {
  window: RemediationWindow;
  /** "Days 1–30". */
  label: string;
  /** The window's last day, formatted. */
  lastDay: string;
  rows: RemediationRow[];
}

export interface RemediationModel {
  /** The day the plan was read, formatted: "Plan as of …". */
  asOf: string;
  startDate: string;
  /** Every window, in plan order, even an empty one (the plan's shape stays visible). */
  windows: RemediationWindowView[];
  open: number;
  openBlockers: number;
  overdue: number;
  resolved: number;
  /** The executive summary's line. */
  summaryLine: string;
}

function statusLabel(item: ReportRemediationItem): string {
  return item.state === "still_firing" ? STILL_FIRING_LABEL : STATUS_LABELS[item.status];
}

function rowOf(item: ReportRemediationItem, asOf: string, format: DateFormat | undefined): RemediationRow {
  return {
    title: item.title,
    where: describePath(item.target),
    severity: item.severity,
    severityLabel: ENUM_LABELS.severity[item.severity],
    trackLabel: TRACK_LABELS[item.track],
    owner: item.owner?.trim() || UNASSIGNED,
    due: formatDate(item.dueDate, format),
    overdue: isOutstanding(item) && item.dueDate < asOf,
    status: statusLabel(item),
  };
}

/** "Remediation plan: 12 open items, 3 overdue, 4 resolved by saves". */
export function remediationSummaryLine(counts: { open: number; overdue: number; resolved: number }): string {
  return `Remediation plan: ${plural(counts.open, "open item")}, ${counts.overdue} overdue, ${counts.resolved} resolved by saves`;
}

/** The section's content, or null when the project has no plan (then there is no section). */
export function buildRemediationModel(plan: ReportRemediation | null | undefined, format?: DateFormat): RemediationModel | null {
  if (!plan) return null;
  const { asOf } = plan;
  // Work that remains on the plan: everything but what saves resolved (those are counted).
  const listed = plan.items.filter((item) => item.state !== "resolved");
  const windows = REMEDIATION_WINDOWS.map((window) => ({
    window,
    label: WINDOW_LABELS[window],
    lastDay: formatDate(addDays(plan.startDate, WINDOW_LAST_DAY_OFFSET[window]), format),
    rows: listed.filter((item) => item.window === window).map((item) => rowOf(item, asOf, format)),
  }));
  const summary = summarizePlan(plan.items, asOf);
  const counts = { open: summary.open, openBlockers: summary.openBlockers, overdue: summary.overdue, resolved: summary.resolved };
  return {
    asOf: formatDate(asOf, format),
    startDate: formatDate(plan.startDate, format),
    windows,
    ...counts,
    summaryLine: remediationSummaryLine(counts),
  };
}
