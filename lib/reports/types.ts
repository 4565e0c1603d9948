/**
 * What the PDF report is rendered from. Everything is passed in — no database, no clock —
 * so a snapshot's report depends only on the snapshot and the branding.
 */
import type { AnyEvaluation, JudgedDocument, Severity, Track } from "@/lib/readiness";
import type { ItemStatus, RemediationWindow } from "@/lib/remediation/types";
import type { DateFormat } from "@/lib/utils/format-date";
import type { PaperSize } from "./paper";

export interface ReportLogo {
  data: Uint8Array;
  mimeType: "image/png" | "image/jpeg";
}

export type ReportSource =
  { kind: "draft"; revision: number } | { kind: "snapshot"; id: string; createdAt: string /* ISO */; submittedBy: string | null };

/** One item of the project's remediation plan, as the report prints it. */
export interface ReportRemediationItem {
  title: string;
  /** The finding's target ("answers.actions.2"), printed as the place it concerns. */
  target: string;
  severity: Severity;
  track: Track;
  window: RemediationWindow;
  /** YYYY-MM-DD: the person's due date where one was set, else the generated one. */
  dueDate: string;
  /** The assignee's name; null when unassigned. */
  owner: string | null;
  /** What a person set. */
  status: ItemStatus;
  /** What the plan shows: the person's status, "resolved" (a save removed the finding) or "still_firing" (done, finding there). */
  state: ItemStatus | "resolved" | "still_firing";
}

/**
 * The project's 90-day plan. Unlike a snapshot it is live work: read when the report is
 * made and dated by that day, so a snapshot's report shows today's plan and says so.
 */
export interface ReportRemediation {
  /** YYYY-MM-DD: day 1 of the plan. */
  startDate: string;
  /** YYYY-MM-DD: the day the plan was read; "overdue" is counted against it. */
  asOf: string;
  /** In plan order. */
  items: ReportRemediationItem[];
}

export interface ReportInput {
  organization: {
    name: string;
    accentColor: string /* #rrggbb */;
    logo: ReportLogo | null;
    /** A4 when absent (inputs built before the setting existed). */
    paperSize?: PaperSize;
    /** "day_month_year" when absent (inputs built before the setting existed). */
    dateFormat?: DateFormat;
  };
  project: { name: string };
  source: ReportSource;
  /** For a snapshot: the stored document. */
  document: JudgedDocument;
  /** For a snapshot: the stored evaluation. A snapshot is never re-evaluated. */
  evaluation: AnyEvaluation;
  /** The snapshot before this one, for "changes since the previous snapshot". */
  previous: { createdAt: string; document: JudgedDocument; evaluation: AnyEvaluation } | null;
  preparedBy: string;
  /** ISO; the draft report's date. A snapshot report is dated by the snapshot instead. */
  generatedAt: string;
  /** The project's remediation plan; absent or null when it has none (no section then). */
  remediation?: ReportRemediation | null;
}
