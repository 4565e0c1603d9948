/**
 * `renderReportPdf(input)`: the readiness report as PDF bytes, rendered on the server with
 * @react-pdf/renderer (no browser). Pure with respect to its input: no clock, no database,
 * no network, fixed PDF metadata — the same input gives the same bytes, so a snapshot's
 * report re-renders identically later. Imports neither Prisma nor Next.
 *
 * Rendering happens in worker threads (render-pool.ts): a long report is split into parts
 * by the pagination's own page estimate, rendered side by side, and joined (merge-pdf.ts).
 */
import { AppError } from "@/lib/errors";
import { ASSESSMENT_FORMAT_V2, evaluate, RULESET_VERSION, type AssessmentDocumentV2 } from "@/lib/readiness";
import { pageLimitMessage } from "./budget";
import { mergePdfParts } from "./merge-pdf";
import type { PartResult } from "./render-part";
import { errorFields, logger } from "@/lib/observability/logger";
import { renderPool, type RenderPool } from "./render-pool";
import type { ReportInput } from "./types";

export type { ReportInput, ReportLogo, ReportRemediation, ReportRemediationItem, ReportSource } from "./types";

/** Page count of a PDF written by pdfkit or pdf-lib (their page trees are plain dictionaries). */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  for (const match of text.matchAll(/<<((?:(?!>>)[\s\S])*?\/Type\s*\/Pages\b(?:(?!>>)[\s\S])*)>>/g)) {
    const count = /\/Count\s+(\d+)/.exec(match[1]!);
    if (count) return Number(count[1]);
  }
  return null;
}

const hasPdf = (result: PartResult): result is { pdf: Uint8Array; pages: number | null } => result !== null && "pdf" in result;

/** A report over the page budget: refused with the estimate, before any page was rendered. */
export class ReportTooLongError extends AppError {
  constructor(readonly pages: number) {
    super("too_large", pageLimitMessage(pages));
  }
}

async function render(pool: RenderPool, input: ReportInput, tenant: string): Promise<Uint8Array> {
  const parts = pool.partsFor(tenant);
  const results = await Promise.all(Array.from({ length: parts }, (_, part) => pool.render({ kind: "part", input, part, parts }, tenant)));
  const tooLong = results.find((result) => result !== null && "tooLong" in result);
  if (tooLong && "tooLong" in tooLong) throw new ReportTooLongError(tooLong.tooLong);
  // Fast path: every part fit its predicted pages. Otherwise a sheet's content ran past its
  // page (the height estimates were short): react-pdf then paginates the whole report, so
  // nothing is ever cut off.
  if (results.every((result) => result === null || hasPdf(result)))
    return mergePdfParts(results.filter(hasPdf).map((result) => result.pdf));
  const whole = await pool.render({ kind: "whole", input }, tenant);
  if (!hasPdf(whole)) throw new Error("The report renderer returned no PDF.");
  return whole.pdf;
}

/**
 * The report's PDF. `tenant` (the organization's id) is whose turn the render threads
 * take it in (render-pool.ts): one organization's parts never hold every thread.
 */
export async function renderReportPdf(input: ReportInput, pool: RenderPool = renderPool(), tenant = ""): Promise<Buffer> {
  try {
    return toBuffer(await render(pool, input, tenant));
  } catch (error) {
    // A render over its limits would only fail again, at the same cost.
    if (input.organization.logo === null || error instanceof AppError) throw error;
    // A logo with a valid signature can still be corrupt inside; branding must never
    // block the export, so the report is rendered again without it.
    return toBuffer(await render(pool, { ...input, organization: { ...input.organization, logo: null } }, tenant));
  }
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Starts the render threads and renders a small throw-away report in each, so the first
 * real export does not pay for starting them, loading fonts and warming the JIT (about
 * 1 s). prepareReportRenderer() calls it once, in the background.
 */
export async function warmUpReportRenderer(pool: RenderPool = renderPool()): Promise<void> {
  const document: AssessmentDocumentV2 = { format: ASSESSMENT_FORMAT_V2, answers: { workflow: { name: "Warm-up 東京 Łódź" } } };
  const input: ReportInput = {
    organization: { name: "Preflight", accentColor: "#1d4ed8", logo: null },
    project: { name: "Warm-up" },
    source: { kind: "draft", revision: 0 },
    document,
    evaluation: evaluate(document, { ruleset: RULESET_VERSION }),
    previous: null,
    preparedBy: "",
    generatedAt: "1970-01-01T00:00:00.000Z",
  };
  // A tenant each: every thread starts, whatever the per-organization limit.
  await Promise.all(Array.from({ length: pool.size }, (_, i) => pool.render({ kind: "part", input, part: 0, parts: 1 }, `warm-up:${i}`)));
}

const warmUps = new WeakMap<RenderPool, Promise<void>>();

/**
 * Warms the render threads once per pool, in the background, when a page that offers the
 * PDF export is shown: the export the visitor is about to ask for then does not pay the
 * threads' start (about 1.5 s). Not at server start: most starts never export (tests,
 * scripts) and each thread holds ~45 MB. A failed warm-up is logged and tried again on
 * the next visit; the export itself still works, cold.
 */
export function prepareReportRenderer(pool: RenderPool = renderPool()): Promise<void> {
  let warming = warmUps.get(pool);
  if (!warming) {
    warming = warmUpReportRenderer(pool).catch((error: unknown) => {
      warmUps.delete(pool);
      logger().error({ event: "pdf.warm_up_failed", ...errorFields(error) }, "warming the report renderer failed");
    });
    warmUps.set(pool, warming);
  }
  return warming;
}
