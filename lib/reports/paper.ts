/**
 * The paper a report is printed on: A4 by default, US Letter as an organization setting.
 * Pure constants, shared by the organization settings (validation) and the renderer.
 */
export const PAPER_SIZES = ["A4", "LETTER"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const DEFAULT_PAPER_SIZE: PaperSize = "A4";

export const PAPER_LABELS: Record<PaperSize, string> = { A4: "A4 (210 × 297 mm)", LETTER: "US Letter (8.5 × 11 in)" };

/** Page sizes in PDF points, as react-pdf's "A4" and "LETTER" sizes define them. */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

/** A4 page and the margins of every content page. */
export const PAGE = { width: PAPER.A4.width, height: PAPER.A4.height, marginX: 50, marginTop: 72, marginBottom: 62 };
/**
 * The text column is equally wide on both papers (Letter gets wider side margins), so every
 * height estimate made for A4 holds on Letter too; only the number of lines per page differs.
 */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export interface PageGeometry {
  size: PaperSize;
  width: number;
  height: number;
  marginX: number;
}

export function pageGeometry(size: PaperSize): PageGeometry {
  const { width, height } = PAPER[size];
  return { size, width, height, marginX: (width - CONTENT_WIDTH) / 2 };
}

/** Usable height of a content page on this paper, less a margin for estimation error. */
export function sheetCapacity(size: PaperSize): number {
  return PAPER[size].height - PAGE.marginTop - PAGE.marginBottom - 14;
}

/**
 * Style that pins a page to its paper's height. react-pdf sizes a page that may not wrap
 * (`wrap={false}`, the fast mode's sheets) to its content, whatever `size` says: that gave
 * pages from 196 to 820 pt tall. A page's own height comes from layout, not from its style,
 * so the height is forced through min and max height.
 */
export function paperHeight(geometry: PageGeometry): { minHeight: number; maxHeight: number } {
  return { minHeight: geometry.height, maxHeight: geometry.height };
}
