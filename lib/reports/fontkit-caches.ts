/**
 * fontkit decodes a font's character map on every lookup (a binary search through lazily
 * decoded tables) and its `head` table on every `unitsPerEm`, and textkit asks for each
 * character at least twice — once to pick a font of the stack, once for the glyph. Both
 * answers never change for a font, so they are remembered per font object: about a tenth
 * of a report's render time. Variation-selector lookups are left to fontkit.
 */
import { readFileSync } from "node:fs";
import { create } from "fontkit";

type Lookup = (codepoint: number, variationSelector?: number) => number;

const lookups = new WeakMap<object, Map<number, number>>();
const unitsPerEm = new WeakMap<object, number>();
const PATCHED = Symbol.for("preflight.fontkit-caches");

export function installFontkitCaches(sampleFontFile: string): void {
  const font = create(readFileSync(sampleFontFile)) as { _cmapProcessor?: object };
  const fontPrototype = Object.getPrototypeOf(font) as Record<PropertyKey, unknown>;
  const cmapPrototype = font._cmapProcessor ? (Object.getPrototypeOf(font._cmapProcessor) as { lookup?: Lookup; [PATCHED]?: true }) : null;
  if (!cmapPrototype?.lookup || cmapPrototype[PATCHED]) return;

  const lookup = cmapPrototype.lookup;
  cmapPrototype.lookup = function cachedLookup(this: object, codepoint: number, variationSelector?: number) {
    if (variationSelector) return lookup.call(this, codepoint, variationSelector);
    let known = lookups.get(this);
    if (!known) lookups.set(this, (known = new Map()));
    let glyph = known.get(codepoint);
    if (glyph === undefined) known.set(codepoint, (glyph = lookup.call(this, codepoint)));
    return glyph;
  };
  cmapPrototype[PATCHED] = true;

  const units = Object.getOwnPropertyDescriptor(fontPrototype, "unitsPerEm");
  if (units?.get) {
    const read = units.get;
    Object.defineProperty(fontPrototype, "unitsPerEm", {
      configurable: true,
      get(this: object) {
        let value = unitsPerEm.get(this);
        if (value === undefined) unitsPerEm.set(this, (value = read.call(this) as number));
        return value;
      },
    });
  }
}
