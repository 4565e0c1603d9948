/**
 * A table row drawn on one <Canvas> (drawn-text.ts): its cells' lines, yes/no dots, the
 * severity mark and the rule under it, placed by the table (table.tsx) at exact
 * positions. About a tenth of the layout cost of a row of <Text> cells, which is what lets
 * a 1,000-row mapping sheet render within its goal.
 */
import type { ReactElement } from "react";
import { Canvas } from "@react-pdf/renderer";
import type { Severity } from "@/lib/readiness";
import { drawLines, drawnLines, type DrawnTextStyle, type Painter } from "../drawn-text";
import { CONTENT_WIDTH } from "../styles";
import { INK, MUTED, RULE, SEVERITY_COLOR, SUBTLE, WHITE, type ReportTheme } from "../theme";

export const FLAG_WIDTH = 2.5;

/**
 * A drawn row is one canvas and cannot break across pages; a taller one (a long text in a
 * narrow column) is laid out by react-pdf instead and flows over pages.
 */
export const DRAWN_ROW_MAX_HEIGHT = 320;

/** A cell's content at its place in the row, in points from the row's top-left corner. */
export type PlacedCell =
  | { x: number; y: number; lines: readonly string[]; style: DrawnTextStyle; color: string }
  | { x: number; y: number; flag: boolean | undefined; risky: boolean };

const isFlagCell = (cell: PlacedCell): cell is Extract<PlacedCell, { flag: unknown }> => "flag" in cell;

/** The table's FlagDot, drawn: a filled dot, a ring, or a dash for "not stated". */
function paintFlag(painter: Painter, x: number, y: number, value: boolean | undefined, risky: boolean) {
  if (value === undefined) {
    painter.rect(x, y + 6, 6, 0.8).fill(SUBTLE);
    return;
  }
  painter.circle(x + 3.5, y + 6.5, 3.5).fill(value === risky ? SEVERITY_COLOR.warning.fg : INK);
  if (!value) painter.circle(x + 3.5, y + 6.5, 2.3).fill(WHITE);
}

export function DrawnRow({
  cells,
  height,
  severity,
  marginBottom,
  rule = true,
  markInset = 0,
}: {
  cells: readonly PlacedCell[];
  /** Rule included. */
  height: number;
  severity: Severity | undefined;
  marginBottom: number;
  /** A hairline under the row, as between table rows. */
  rule?: boolean;
  /** Space above and below the severity mark. */
  markInset?: number;
}) {
  const ruled = rule ? 0.5 : 0;
  const paint = (painter: Painter) => {
    // Fills only: a stroked line costs several times more to draw.
    if (rule) painter.rect(0, height - ruled, CONTENT_WIDTH, ruled).fill(RULE);
    if (severity) painter.rect(0, markInset, FLAG_WIDTH, height - ruled - 2 * markInset).fill(SEVERITY_COLOR[severity].fg);
    for (const cell of cells) {
      if (isFlagCell(cell)) paintFlag(painter, cell.x, cell.y, cell.flag, cell.risky);
      else drawLines(painter, cell.lines, cell.x, cell.y, cell.style, cell.color);
    }
    return null;
  };
  return <Canvas style={{ width: CONTENT_WIDTH, height, marginBottom }} paint={paint} />;
}

const TH: DrawnTextStyle = { fontSize: 7, lineHeight: 1.25, fontWeight: 600 };
const CAPTION: DrawnTextStyle = { fontSize: 7.5, lineHeight: 1.45, fontWeight: 400 };
const CAPTION_GAP = 3;
const BAND_RULE = 0.75;

/** A table's header band, drawn; with a caption above it where the table continues from a page before. */
export interface DrawnHeader {
  height: number;
  node: ReactElement;
}

export function drawnHeader({
  key,
  headers,
  lefts,
  widths,
  padding,
  theme,
  caption,
}: {
  key: string;
  headers: readonly string[];
  /** Left edge of each column, in points from the table's left edge. */
  lefts: readonly number[];
  widths: readonly number[];
  padding: number;
  theme: ReportTheme;
  caption?: string;
}): DrawnHeader {
  const captionHeight = caption ? CAPTION.fontSize * CAPTION.lineHeight + CAPTION_GAP : 0;
  const cells = headers.map((header, i) => drawnLines(header, widths[i]! - 2 * padding, TH));
  const band = 2 * padding + TH.fontSize * TH.lineHeight * Math.max(1, ...cells.map((lines) => lines.length));
  const height = captionHeight + band + 2 * BAND_RULE;
  const paint = (painter: Painter) => {
    if (caption) drawLines(painter, [caption], 0, 0, CAPTION, SUBTLE);
    const top = captionHeight;
    painter.rect(0, top, CONTENT_WIDTH, height - top).fill(theme.accent);
    painter.rect(0, top + BAND_RULE, CONTENT_WIDTH, band).fill(theme.accentTint);
    cells.forEach((lines, i) => drawLines(painter, lines, lefts[i]! + padding, top + BAND_RULE + padding, TH, MUTED));
    return null;
  };
  return { height, node: <Canvas key={key} style={{ width: CONTENT_WIDTH, height }} paint={paint} /> };
}
