/**
 * How a report's pages are shared between render threads. Pure.
 *
 * Rendering cost follows the text on a page far more than the page count (a dense table
 * sheet costs several times a half-empty section end), so pages are split by their
 * estimated weight. Short reports stay in one part: merging costs more than it saves.
 */
import type { PageRange } from "./components/document";

/** Below this many pages a report is rendered in one part. */
export const SPLIT_FROM_PAGES = 24;

/**
 * Contiguous page ranges, one per part, covering every page in order; parts beyond what is
 * worth splitting are empty (`from === to`). Each boundary is placed where the running
 * weight first reaches its share of the total.
 */
export function splitPages(weights: readonly number[], parts: number): PageRange[] {
  const count = weights.length;
  const used = count < SPLIT_FROM_PAGES ? 1 : Math.max(1, Math.min(parts, count));
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  const ranges: PageRange[] = [];
  let from = 0;
  let running = 0;
  let page = 0;
  for (let part = 0; part < parts; part += 1) {
    if (part >= used) {
      ranges.push({ from: count, to: count });
      continue;
    }
    if (part === used - 1) {
      ranges.push({ from, to: count });
      from = count;
      continue;
    }
    const target = (total * (part + 1)) / used;
    // Leave at least one page for each remaining part.
    const last = count - (used - part - 1);
    while (page < last && (page === from || running + Math.max(0, weights[page]!) / 2 < target)) {
      running += Math.max(0, weights[page]!);
      page += 1;
    }
    ranges.push({ from, to: page });
    from = page;
  }
  return ranges;
}
