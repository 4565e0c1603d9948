/**
 * react-pdf hands pdfkit the fontkit font object itself for every run of text it draws. For
 * such a font pdfkit keys nothing: each call builds a new embedded font, then compares it
 * with the one already registered under that name by serialising both fonts' name tables
 * (`isEqualFont`) — about a quarter of the time of a 100-page report, most of it garbage.
 *
 * This wraps `PDFDocument.prototype.font` so a document remembers, per fontkit font, the
 * embedded font pdfkit settled on the first time, and reuses it. The result is the one
 * pdfkit would pick (the first font registered under that name); only the internal
 * resource numbering of later fonts differs, and it stays deterministic.
 */
import PDFDocument from "pdfkit";

interface FontkitFont {
  layout: (...args: unknown[]) => unknown;
}

interface PdfkitDocument {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize: (size: number) => PdfkitDocument;
  font: (src: unknown, family?: unknown, size?: unknown) => PdfkitDocument;
}

const embedded = new WeakMap<PdfkitDocument, Map<FontkitFont, unknown>>();
const PATCHED = Symbol.for("preflight.pdfkit-font-cache");

const isFontkitFont = (src: unknown): src is FontkitFont =>
  typeof src === "object" && src !== null && typeof (src as FontkitFont).layout === "function";

export function installPdfkitFontCache(): void {
  const prototype = (PDFDocument as unknown as { prototype: PdfkitDocument & { [PATCHED]?: true } }).prototype;
  if (prototype[PATCHED]) return;
  const original = prototype.font;
  prototype.font = function font(this: PdfkitDocument, src: unknown, family?: unknown, size?: unknown) {
    if (!isFontkitFont(src)) return original.call(this, src, family, size);
    let fonts = embedded.get(this);
    if (!fonts) embedded.set(this, (fonts = new Map()));
    const known = fonts.get(src);
    if (known === undefined) {
      original.call(this, src, family, size);
      fonts.set(src, this._font);
      return this;
    }
    // What pdfkit's own path ends with, minus building and comparing a throw-away font.
    const fontSize = typeof family === "number" ? family : size;
    this._fontSource = src;
    this._fontFamily = typeof family === "number" ? null : family;
    if (typeof fontSize === "number") this.fontSize(fontSize);
    this._font = known;
    return this;
  };
  prototype[PATCHED] = true;
}
