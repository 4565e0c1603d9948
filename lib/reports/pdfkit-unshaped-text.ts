/**
 * Text drawn through pdfkit's own text API (drawn-text.ts) laid out without OpenType
 * shaping, as the report's react-pdf text is (styles.ts, NO_SHAPING): one glyph per
 * character, advanced by its width. pdfkit otherwise runs fontkit's full shaper on every
 * new word of a document — a sixth of a 1,000-row mapping sheet's render — for kerning and
 * ligatures that are invisible at table sizes.
 *
 * react-pdf draws its own text from glyphs it laid out itself and never calls this layout,
 * so only the drawn text changes. Text is NFC (model.ts), so no mark needs positioning.
 */
import PDFDocument from "pdfkit";

interface Glyph {
  advanceWidth: number;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface EmbeddedFont {
  font: { glyphsForString(text: string): Glyph[] };
  scale: number;
  layoutRun(text: string, features?: unknown): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
}

const PATCHED = Symbol.for("preflight.pdfkit-unshaped-text");

/** Installs the unshaped layout on pdfkit's embedded fonts; `sampleFont` is any fontkit font. */
export function installUnshapedPdfkitText(sampleFont: object): void {
  // pdfkit does not export its EmbeddedFont class: a throw-away document embeds one.
  const document = new (PDFDocument as unknown as new (options: object) => { font(src: object): { _font: EmbeddedFont } })({
    autoFirstPage: false,
  });
  const prototype = Object.getPrototypeOf(document.font(sampleFont)._font) as EmbeddedFont & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const shaped = prototype.layoutRun;
  prototype.layoutRun = function layoutRun(this: EmbeddedFont, text: string, features?: unknown) {
    // Features asked for explicitly get the shaper, as pdfkit would give them.
    if (features) return shaped.call(this, text, features);
    const glyphs = this.font.glyphsForString(text);
    let advanceWidth = 0;
    const positions = glyphs.map((glyph) => {
      const width = glyph.advanceWidth * this.scale;
      advanceWidth += width;
      return { xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width };
    });
    return { glyphs, positions, advanceWidth };
  };
  prototype[PATCHED] = true;
}
