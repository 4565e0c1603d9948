/**
 * How tightly the cover is set so that it always fits its one page. Pure.
 *
 * The cover is a single page that may not wrap: when names were long (both the
 * organization's and the project's may have 120 characters), a wrapping cover spilled its
 * last lines onto a page of their own — the "empty page 2" of a branded report. Its
 * height is estimated here the way the sheets' are (flow.ts), and the first variant from
 * roomy to compact whose estimate fits is used.
 */
import { lineCount } from "./flow";
import { CONTENT_WIDTH } from "./paper";

export interface CoverText {
  organization: string;
  project: string;
  verdictLine: string;
  /** The six short facts in their two-column grid, in order, then the wide "Source". */
  facts: readonly string[];
  source: string;
  footnote: string;
  contents: number;
  logo: boolean;
}

export interface CoverLayout {
  titleSize: number;
  bandTop: number;
  belowBrand: number;
  bandBottom: number;
  bodyTop: number;
  belowVerdict: number;
  factGap: number;
  /** Lines a fact may take before it ends in an ellipsis (the band above shows names whole). */
  factLines: number;
}

const VARIANTS: readonly CoverLayout[] = [
  { titleSize: 28, bandTop: 46, belowBrand: 70, bandBottom: 40, bodyTop: 36, belowVerdict: 34, factGap: 14, factLines: 3 },
  { titleSize: 26, bandTop: 40, belowBrand: 44, bandBottom: 30, bodyTop: 26, belowVerdict: 22, factGap: 10, factLines: 3 },
  { titleSize: 22, bandTop: 34, belowBrand: 28, bandBottom: 24, bodyTop: 20, belowVerdict: 16, factGap: 8, factLines: 2 },
  { titleSize: 22, bandTop: 30, belowBrand: 20, bandBottom: 20, bodyTop: 16, belowVerdict: 12, factGap: 6, factLines: 1 },
  { titleSize: 18, bandTop: 30, belowBrand: 20, bandBottom: 20, bodyTop: 16, belowVerdict: 12, factGap: 6, factLines: 1 },
];

/** Room kept free under the estimate: estimates are close, not exact. */
const SLACK = 16;
const FACT_WIDTH = CONTENT_WIDTH / 2 - 16;

const lines = (text: string, width: number, fontSize: number, bold = false) => lineCount(text, width, { fontSize, lineHeight: 1, bold });

export function coverHeight(text: CoverText, layout: CoverLayout): number {
  const brand = text.logo ? 52 : lines(text.organization, 340, 13, true) * 13 * 1.4;
  const band =
    layout.bandTop +
    brand +
    layout.belowBrand +
    9 * 1.4 +
    10 +
    lines(text.project, CONTENT_WIDTH, layout.titleSize, true) * layout.titleSize * 1.2 +
    8 +
    lines(`Prepared for ${text.organization}`, CONTENT_WIDTH, 12) * 12 * 1.4 +
    layout.bandBottom;
  const verdict =
    8 * 1.4 + 2 + 24 * 1.2 + 4 + lines(text.verdictLine, CONTENT_WIDTH - 20, 10.5) * 10.5 * 1.4 + 2 + 10.5 * 1.4 + layout.belowVerdict;
  let facts = 18;
  for (let row = 0; row < text.facts.length; row += 2) {
    const tallest = Math.max(...text.facts.slice(row, row + 2).map((fact) => Math.min(layout.factLines, lines(fact, FACT_WIDTH, 10))));
    facts += 7.5 * 1.4 + 2 + tallest * 10 * 1.4 + layout.factGap;
  }
  facts += 7.5 * 1.4 + 2 + Math.min(layout.factLines, lines(text.source, CONTENT_WIDTH - 16, 10)) * 10 * 1.4 + layout.factGap;
  const contents = 8 + 16 + 7.5 * 1.45 + 6 + text.contents * (6 + 9.5 * 1.4);
  const footnote = lines(text.footnote, CONTENT_WIDTH, 7.5) * 7.5 * 1.5 + 34;
  return band + layout.bodyTop + verdict + facts + contents + footnote;
}

/** The roomiest variant that fits a page `pageHeight` points tall (the most compact if none does). */
export function coverLayout(text: CoverText, pageHeight: number): CoverLayout {
  return VARIANTS.find((layout) => coverHeight(text, layout) + SLACK <= pageHeight) ?? VARIANTS.at(-1)!;
}
