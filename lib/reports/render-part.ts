/**
 * Renders a report, or one part of it, in the current thread. The worker threads of
 * render-pool.ts run this; render-report.ts puts the parts together.
 *
 * Must run where `react` resolves to its regular build: react-pdf's reconciler needs the
 * client internals that React's "react-server" build lacks (see lib/reports/README.md).
 */
import { readFileSync } from "node:fs";
import { renderToBuffer } from "@react-pdf/renderer";
import { create } from "fontkit";
import { checkLogo } from "@/lib/organizations/logo";
import { ReportDocument, reportSheets, type PageRange, type ReportLayout } from "./components/document";
import { latinRegularFile, registerReportFonts } from "./fonts";
import { installFontkitCaches } from "./fontkit-caches";
import { REPORT_PAGE_LIMIT } from "./budget";
import { buildReportModel } from "./model";
import { installPdfkitFontCache } from "./pdfkit-font-cache";
import { installUnshapedPdfkitText } from "./pdfkit-unshaped-text";
import { splitPages } from "./split";
import type { ReportInput, ReportLogo } from "./types";

/**
 * The logo bytes when they really are the declared PNG or JPEG within the logo limits;
 * otherwise no logo. Logos stored before the pixel cap (issue #13) may declare any size,
 * and react-pdf decodes the whole image: an oversized one is left off, never decoded.
 */
export function usableLogo(logo: ReportLogo | null): Buffer | null {
  if (!logo || logo.data.length === 0) return null;
  const check = checkLogo(logo.data);
  if (!check.ok || check.mimeType !== logo.mimeType) return null;
  // Buffer.from copies: react-pdf must not see later changes to the caller's array.
  return Buffer.from(logo.data);
}

interface LayoutNode {
  box?: { top?: number; height?: number };
  style?: { height?: number; paddingBottom?: number; position?: string };
  children?: LayoutNode[];
}

/**
 * Whether any sheet's content ran past its page. react-pdf hands its layout tree to
 * `onRender` (an internal, untyped field); anything unexpected there counts as overflow,
 * so a change in react-pdf can only cost speed, never cut text.
 */
export function sheetsOverflowed(params: unknown, firstSheet: number, expectedPages: number): boolean {
  const layout = (params as { _INTERNAL__LAYOUT__DATA_?: LayoutNode } | null)?._INTERNAL__LAYOUT__DATA_;
  const pages = layout?.children;
  // More pages than predicted: the summary page (which may wrap) ran over.
  if (!Array.isArray(pages) || pages.length !== expectedPages) return true;
  return pages.slice(firstSheet).some((page) => {
    const limit = (page.style?.height ?? NaN) - (page.style?.paddingBottom ?? NaN);
    if (!Number.isFinite(limit)) return true;
    return (page.children ?? [])
      .filter((child) => child.style?.position !== "absolute")
      .some((child) => (child.box?.top ?? Infinity) + (child.box?.height ?? Infinity) > limit + 0.5);
  });
}

/**
 * Relative rendering cost of each page, [cover, summary, ...sheets]: a sheet by the
 * estimated height of its content. The cover counts as one full sheet and the summary
 * (radar chart, top actions) as eight, plus the first part's fixed costs (fonts, the
 * document's start): calibrated on the large benchmark report so the two halves take
 * about as long (0.70–0.78 s each, against 0.79 s / 0.58 s when split by page count).
 */
export function pageWeights(layout: ReportLayout): number[] {
  return [1 * layout.capacity, 8 * layout.capacity, ...layout.sheets.map((sheet) => sheet.reduce((sum, block) => sum + block.height, 0))];
}

let installed = false;

function prepare(): void {
  registerReportFonts();
  if (installed) return;
  installPdfkitFontCache();
  installFontkitCaches(latinRegularFile());
  installUnshapedPdfkitText(create(readFileSync(latinRegularFile())));
  installed = true;
}

/**
 * react-pdf renders through a React root that React's scheduler releases on a later
 * macrotask. Renders in a tight loop would otherwise keep every report's element tree
 * alive until the loop ends: hundreds of MB.
 */
const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PDF bytes and their page count (null when react-pdf paginated), or why there are none:
 * a sheet overflowed, or the report would pass the page budget (its estimated pages).
 */
export type PartResult = { pdf: Uint8Array; pages: number | null } | { overflowed: true } | { tooLong: number } | null;

/**
 * Part `part` of `parts` of the report, in fast mode: one page per sheet, page numbers as
 * predicted (react-pdf's own pagination lays every page out again after each break).
 * Null when this part has no pages; `overflowed` when a sheet's content did not fit its
 * page — the height estimates were short — and the whole report must be rendered in safe
 * mode instead (`renderWholeReport`), so nothing is ever cut off.
 */
export async function renderReportPart(
  input: ReportInput,
  part: number,
  parts: number,
  onEstimate?: (pages: number) => void,
): Promise<PartResult> {
  prepare();
  const model = buildReportModel(input);
  const layout = reportSheets(model);
  // Checked before a page is laid out: the estimate is what a refusal must cost, not the render.
  const estimated = layout.sheets.length + 2;
  if (estimated > REPORT_PAGE_LIMIT) return { tooLong: estimated };
  onEstimate?.(estimated);
  const range: PageRange = splitPages(pageWeights(layout), parts)[part]!;
  if (range.from >= range.to) return null;
  let overflowed = true;
  const pages = range.to - range.from;
  // Cover and summary are not sheets: the summary may legitimately wrap, which shows as a page too many.
  const firstSheet = Math.max(0, 2 - range.from);
  try {
    // Called as a function: react-pdf wants the <Document> element itself at the root.
    const pdf = await renderToBuffer(
      ReportDocument({
        model,
        logo: range.from === 0 ? usableLogo(input.organization.logo) : null,
        layout,
        mode: "fast",
        pages: range,
        onRender: (params) => (overflowed = sheetsOverflowed(params, firstSheet, pages)),
      }),
    );
    return overflowed ? { overflowed: true } : { pdf, pages };
  } finally {
    await nextMacrotask();
  }
}

/** The whole report with react-pdf wrapping sheets onto as many pages as they need and counting them. */
export async function renderWholeReport(input: ReportInput): Promise<Uint8Array> {
  prepare();
  const model = buildReportModel(input);
  try {
    return await renderToBuffer(
      ReportDocument({ model, logo: usableLogo(input.organization.logo), layout: reportSheets(model), mode: "safe" }),
    );
  } finally {
    await nextMacrotask();
  }
}
