/**
 * Joins the separately rendered parts of one report into a single PDF, in order. The
 * first part is the base: its document information (title, author, fixed dates), language
 * and catalog stay as react-pdf wrote them; the pages of the other parts are appended.
 * Deterministic: the same parts give the same bytes.
 */
import { PDFDocument } from "pdf-lib";

export async function mergePdfParts(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  if (parts.length === 1) return parts[0]!;
  // updateMetadata: false keeps react-pdf's fixed dates and producer instead of "now" and "pdf-lib".
  const base = await PDFDocument.load(parts[0]!, { updateMetadata: false });
  for (const part of parts.slice(1)) {
    const source = await PDFDocument.load(part, { updateMetadata: false });
    const pages = await base.copyPages(source, source.getPageIndices());
    for (const page of pages) base.addPage(page);
  }
  return base.save({ useObjectStreams: false, updateFieldAppearances: false });
}
