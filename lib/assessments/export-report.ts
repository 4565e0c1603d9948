import "server-only";
import type { OrgContext } from "@/lib/organizations/access";
import { metrics } from "@/lib/observability/metrics";
import { exportGate } from "@/lib/reports/export-gate";
import { prepareReportRenderer, renderReportPdf, type ReportInput } from "@/lib/reports/render-report";
import { renderPool } from "@/lib/reports/render-pool";
import { countReportExport } from "./export-rate";
import { cachedReport, reportDigest, storeReport } from "./report-cache";
import { loadReportInput } from "./report-input";

export interface ExportedReport {
  input: ReportInput;
  pdf: Buffer;
  /** How many of the organization's exports were ahead of this one when it asked (0: none). */
  queuePosition: number;
  /** Served from the stored PDF of an unchanged snapshot report: nothing was rendered. */
  cached: boolean;
}

/**
 * The PDF report of the draft or of a snapshot, bounded and fair (issue #13). A snapshot
 * is immutable, so its report is rendered once and then read back (report-cache.ts).
 * Anything rendered counts against the organization's per-minute budget (export-rate.ts),
 * runs one export per organization at a time with the next few waiting in order
 * (export-gate.ts), and takes the render threads in turn with other organizations'
 * (render-pool.ts). A draft is loaded and judged inside its turn: judging a large draft
 * costs time too.
 */
export async function exportReport(ctx: OrgContext, projectId: string, source: string, preparedBy: string): Promise<ExportedReport> {
  if (source === "draft") return renderFairly(ctx, () => loadReportInput(ctx, projectId, source, preparedBy));
  const input = await loadReportInput(ctx, projectId, source, preparedBy);
  const snapshotId = input.source.kind === "snapshot" ? input.source.id : source;
  const digest = reportDigest(input);
  const stored = await cachedReport(ctx, snapshotId, digest);
  if (stored) return { input, pdf: stored, queuePosition: 0, cached: true };
  const rendered = await renderFairly(ctx, async () => input);
  await storeReport(ctx, snapshotId, digest, rendered.pdf);
  return rendered;
}

async function renderFairly(ctx: OrgContext, load: () => Promise<ReportInput>): Promise<ExportedReport> {
  await countReportExport(ctx);
  let queuePosition = 0;
  // Every thread warm, the spare one included (once per process, in the background): the
  // dashboard does this too, but an API client may export without ever opening it, and a
  // cold thread's start (1–2 s) is what another organization's report would wait for.
  void prepareReportRenderer();
  return exportGate().run(
    ctx.organization.id,
    async () => {
      const input = await load();
      const pdf = await renderReportPdf(input, renderPool(), ctx.organization.id).catch((error: unknown) => {
        metrics().pdfRenders.inc({ outcome: "failed" });
        throw error;
      });
      metrics().pdfRenders.inc({ outcome: "ok" });
      return { input, pdf, queuePosition, cached: false };
    },
    (position) => (queuePosition = position),
  );
}
