// fontkit ships no types: what the report uses of a font, to reach its prototypes
// (fontkit-caches.ts) and to measure and draw text itself (drawn-text.ts).
declare module "fontkit" {
  export interface FontkitFont {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codepoint: number): boolean;
    glyphForCodePoint(codepoint: number): { advanceWidth: number };
    layout(text: string): unknown;
  }
  export function create(buffer: Buffer): FontkitFont;
}
