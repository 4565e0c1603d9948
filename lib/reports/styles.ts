/**
 * Typography and layout shared by every section. Accent-coloured bits take the theme as
 * a prop instead (react-pdf components here use no hooks or context: the renderer's React
 * may not be the one that built the elements, e.g. inside a Next route handler).
 */
import { StyleSheet } from "@react-pdf/renderer";
import { FONT_STACK } from "./fonts";
import { PAGE } from "./paper";
import { INK, MUTED, PANEL, RULE, SUBTLE } from "./theme";

/** Every OpenType feature fontkit applies by default, switched off (see `page` below). */
export const NO_SHAPING = Object.fromEntries(
  [
    "kern",
    "liga",
    "clig",
    "calt",
    "rlig",
    "rclt",
    "ccmp",
    "locl",
    "mark",
    "mkmk",
    "curs",
    "rvrn",
    "ltra",
    "ltrm",
    "frac",
    "numr",
    "dnom",
  ].map((feature) => [feature, false]),
);
export const KERNING = { kern: true };

export { CONTENT_WIDTH, PAGE } from "./paper";

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_STACK,
    // OpenType shaping (kerning, ligatures, mark positioning) is over half of fontkit's
    // layout time and invisible at body sizes for the scripts covered here, given text in
    // composed (NFC) form — model.ts normalizes it. Large headings get kerning back.
    fontFeatureSettings: NO_SHAPING,
    fontSize: 9.5,
    color: INK,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  // The line height is set here, under the page: react-pdf drops a page-number text (a
  // render prop) that inherits a line height, so the running footer must not.
  // (With its font size: a line height on a view resolves against the view's own size.)
  content: { fontSize: 9.5, lineHeight: 1.45 },
  coverPage: { fontFamily: FONT_STACK, fontFeatureSettings: NO_SHAPING, fontSize: 10, lineHeight: 1.4, color: INK, padding: 0 },
  // The page number react-pdf counts in safe mode (frame.tsx); no line height, see above.
  footerNumber: { fontSize: 7.5, color: SUBTLE },
  eyebrow: { fontSize: 8, lineHeight: 1.45, fontWeight: 600, textTransform: "uppercase", marginBottom: 4 },
  h1: { fontSize: 20, fontWeight: 700, lineHeight: 1.2, marginBottom: 14, fontFeatureSettings: KERNING },
  h2: { fontSize: 13, fontWeight: 700, lineHeight: 1.3, marginTop: 16, marginBottom: 6 },
  h3: { fontSize: 10.5, fontWeight: 600, lineHeight: 1.3, marginTop: 10, marginBottom: 4 },
  lead: { fontSize: 10.5, lineHeight: 1.5, color: INK, marginBottom: 10 },
  body: { fontSize: 9.5 },
  small: { fontSize: 8, lineHeight: 1.45, color: MUTED },
  muted: { color: MUTED },
  subtle: { color: SUBTLE },
  /** "Not answered yet": quiet, upright (no italic font is embedded, see fonts.ts). */
  placeholder: { color: SUBTLE, lineHeight: 1.45 },
  strong: { fontWeight: 600 },
  panel: { backgroundColor: PANEL, borderRadius: 3, padding: 10 },
  rule: { borderBottomWidth: 0.5, borderBottomColor: RULE, marginVertical: 8 },
  row: { flexDirection: "row" },
  pill: { fontSize: 7.5, lineHeight: 1.3, fontWeight: 700, paddingHorizontal: 5, paddingVertical: 1.5, borderRadius: 2 },
  // Every text below states its line height: an inherited one is the page's in points
  // (13.8), not a ratio, and the sheet packer's estimates assume the stated ratios.
  // Tables
  table: { borderTopWidth: 0.75, borderTopColor: RULE, marginBottom: 6 },
  tableHeader: { flexDirection: "row", borderBottomWidth: 0.75 },
  th: { fontSize: 7, fontWeight: 600, color: MUTED, paddingVertical: 4, paddingHorizontal: 4, lineHeight: 1.25 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE },
  td: { fontSize: 8.5, paddingVertical: 4, paddingHorizontal: 4, lineHeight: 1.35 },
  kvRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 4 },
  kvKey: { width: 150, paddingRight: 10, color: MUTED, fontSize: 8.5, lineHeight: 1.45 },
  kvValue: { flex: 1, fontSize: 9, lineHeight: 1.45 },
});
