/**
 * What the PDF report is rendered from. Everything is passed in — no database, no clock —
 * so a snapshot's report depends only on the snapshot and the branding.
 */
import type { AssessmentDocument, Evaluation } from "@/lib/readiness";
import type { PaperSize } from "./paper";

export interface ReportLogo {
  data: Uint8Array;
  mimeType: "image/png" | "image/jpeg";
}

export type ReportSource =
  { kind: "draft"; revision: number } | { kind: "snapshot"; id: string; createdAt: string /* ISO */; submittedBy: string | null };

export interface ReportInput {
  organization: {
    name: string;
    accentColor: string /* #rrggbb */;
    logo: ReportLogo | null;
    /** A4 when absent (inputs built before the setting existed). */
    paperSize?: PaperSize;
  };
  project: { name: string };
  source: ReportSource;
  /** For a snapshot: the stored document. */
  document: AssessmentDocument;
  /** For a snapshot: the stored evaluation. A snapshot is never re-evaluated. */
  evaluation: Evaluation;
  /** The snapshot before this one, for "changes since the previous snapshot". */
  previous: { createdAt: string; document: AssessmentDocument; evaluation: Evaluation } | null;
  preparedBy: string;
  /** ISO; the draft report's date. A snapshot report is dated by the snapshot instead. */
  generatedAt: string;
}
