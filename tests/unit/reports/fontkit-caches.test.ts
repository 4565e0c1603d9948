import { readFileSync } from "node:fs";
import { create } from "fontkit";
import { expect, it } from "vitest";
import { installFontkitCaches } from "@/lib/reports/fontkit-caches";
import { latinRegularFile } from "@/lib/reports/fonts";

interface Font {
  unitsPerEm: number;
  hasGlyphForCodePoint: (codepoint: number) => boolean;
  glyphForCodePoint: (codepoint: number) => { id: number };
}

const CODEPOINTS = [..."Zoë Müller Łódź Ελλάδα Москва 東京 \u0000\u{1F600}"].map((c) => c.codePointAt(0)!);
const answers = (font: Font) => ({
  units: font.unitsPerEm,
  glyphs: CODEPOINTS.map((c) => [font.hasGlyphForCodePoint(c), font.glyphForCodePoint(c).id]),
});

it("answers every glyph lookup and unitsPerEm exactly as fontkit does, from the second time on too", () => {
  const file = latinRegularFile();
  const expected = answers(create(readFileSync(file)) as unknown as Font);
  installFontkitCaches(file);
  installFontkitCaches(file); // once only
  const font = create(readFileSync(file)) as unknown as Font;
  expect(answers(font)).toEqual(expected);
  expect(answers(font)).toEqual(expected);
  expect(expected.glyphs.filter(([has]) => !has).length).toBeGreaterThan(0); // CJK and emoji are not in this face
});
