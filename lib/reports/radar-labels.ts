/**
 * Where a radar axis label goes and how it wraps. Pure.
 *
 * A label is anchored next to its axis, so the room it has is what lies between the anchor
 * and the chart's edge. Labels were split into two lines by character count alone, and
 * "rollback planning" ran past the chart's left edge, where the SVG cut it to "back
 * planning". Lines now break only between words, by estimated width, and the anchor moves
 * inwards as far as needed to keep the widest line inside the chart.
 */
import { textWidth } from "./flow";

export type Anchor = "start" | "middle" | "end";

/** Space kept between a label and the chart's edge. */
const EDGE = 1;

/** The label's words in at most two lines, the widest as narrow as possible (never inside a word). */
export function labelLines(label: string): string[] {
  const words = label.split(" ");
  let best = [label];
  let bestWidth = words.length < 3 && label.length < 16 ? 0 : Infinity;
  for (let i = 1; i < words.length && bestWidth > 0; i += 1) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const width = Math.max(...lines.map((line) => textWidth(line, { fontSize: 1 })));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** Left and right end of a line `width` wide anchored at `x`. */
function extent(x: number, width: number, anchor: Anchor): [number, number] {
  if (anchor === "start") return [x, x + width];
  if (anchor === "end") return [x - width, x];
  return [x - width / 2, x + width / 2];
}

/** The lines and the anchor's x, moved inwards when the widest line would cross an edge of a chart `chartWidth` wide. */
export function radarLabel(label: string, x: number, anchor: Anchor, chartWidth: number, fontSize: number): { lines: string[]; x: number } {
  const lines = labelLines(label);
  const width = Math.max(...lines.map((line) => textWidth(line, { fontSize })));
  const [left, right] = extent(x, width, anchor);
  const shift = left < EDGE ? EDGE - left : right > chartWidth - EDGE ? chartWidth - EDGE - right : 0;
  return { lines, x: Math.round((x + shift) * 100) / 100 };
}
