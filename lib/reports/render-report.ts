/**
 * `renderReportPdf(input)`: the readiness report as PDF bytes, rendered on the server with
 * @react-pdf/renderer (no browser). Pure with respect to its input: no clock, no database,
 * no network, fixed PDF metadata — the same input gives the same bytes, so a snapshot's
 * report re-renders identically later. Imports neither Prisma nor Next.
 *
 * Must run where `react` resolves to its regular build: react-pdf's reconciler needs the
 * client internals that React's "react-server" build lacks (see lib/reports/README.md).
 */
import { renderToBuffer } from "@react-pdf/renderer";
import { ASSESSMENT_FORMAT, evaluate, type AssessmentDocument } from "@/lib/readiness";
import { ReportDocument, reportSheets } from "./components/document";
import { latinRegularFile, registerReportFonts } from "./fonts";
import { installFontkitCaches } from "./fontkit-caches";
import { buildReportModel, type ReportModel } from "./model";
import { installPdfkitFontCache } from "./pdfkit-font-cache";
import type { ReportInput, ReportLogo } from "./types";

export type { ReportInput, ReportLogo, ReportSource } from "./types";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (data: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => data[i] === byte);

/** The logo bytes when they really are the declared PNG or JPEG; otherwise no logo. */
export function usableLogo(logo: ReportLogo | null): Buffer | null {
  if (!logo || logo.data.length === 0) return null;
  const ok = logo.mimeType === "image/png" ? startsWith(logo.data, PNG_SIGNATURE) : startsWith(logo.data, JPEG_SIGNATURE);
  // Buffer.from copies: react-pdf must not see later changes to the caller's array.
  return ok ? Buffer.from(logo.data) : null;
}

/** Page count of a PDF written by pdfkit (its page tree is an uncompressed dictionary). */
export function pdfPageCount(pdf: Buffer): number | null {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString("latin1"));
  return match ? Number(match[1]) : null;
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

installPdfkitFontCache();
installFontkitCaches(latinRegularFile());

async function render(model: ReportModel, logo: Buffer | null): Promise<Buffer> {
  const layout = reportSheets(model);
  // Fast path: one page per sheet, no pagination by react-pdf (it lays every page out
  // again after each break) and page numbers printed as predicted. If a sheet's content
  // did not fit — the height estimates were short — render again letting react-pdf wrap
  // and count, so nothing is ever cut off.
  let overflowed = true;
  // Called as a function: react-pdf wants the <Document> element itself at the root.
  const fast = await renderToBuffer(
    ReportDocument({ model, logo, layout, mode: "fast", onRender: (params) => (overflowed = sheetsOverflowed(params, 2, layout.sheets.length + 2)) }),
  );
  if (!overflowed) return fast;
  return renderToBuffer(ReportDocument({ model, logo, layout, mode: "safe" }));
}

/**
 * react-pdf renders through a React root that React's scheduler releases on a later
 * macrotask. Renders in a tight loop (a batch export, the benchmark) would otherwise
 * keep every report's element tree alive until the loop ends: hundreds of MB.
 */
const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function renderReportPdf(input: ReportInput): Promise<Buffer> {
  registerReportFonts();
  const model = buildReportModel(input);
  const logo = usableLogo(input.organization.logo);
  try {
    return await render(model, logo);
  } catch (error) {
    if (logo === null) throw error;
    // A logo with a valid signature can still be corrupt inside; branding must never
    // block the export, so the report is rendered again without it.
    return await render(model, null);
  } finally {
    await nextMacrotask();
  }
}

/**
 * Renders a small throw-away report so the first real export does not pay for loading
 * fonts, compiling the layout engine and warming the JIT (about 1 s, then ~0.2 s per
 * typical report). Optional: call it once when the server starts.
 */
export async function warmUpReportRenderer(): Promise<void> {
  const document: AssessmentDocument = { format: ASSESSMENT_FORMAT, answers: { workflow: { name: "Warm-up 東京 Łódź" } } };
  await renderReportPdf({
    organization: { name: "Preflight", accentColor: "#1d4ed8", logo: null },
    project: { name: "Warm-up" },
    source: { kind: "draft", revision: 0 },
    document,
    evaluation: evaluate(document),
    previous: null,
    preparedBy: "",
    generatedAt: "1970-01-01T00:00:00.000Z",
  });
}
