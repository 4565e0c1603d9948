/**
 * Text the report measures and draws itself, for table rows (components/table.tsx).
 *
 * Every <Text> is a paragraph for react-pdf's textkit: font fallback, bidi, hyphenation,
 * Knuth–Plass line breaking with retries, justification. That costs about 1 ms of CPU per
 * table cell, and a 1,000-row mapping sheet has 7,000 cells (README, Performance). A table
 * cell needs none of it: here lines are broken greedily (wrap-lines.ts) with the fonts'
 * own advance widths, so a row's height is known exactly before layout, and each line is
 * drawn by pdfkit on a <Canvas> as real, selectable text in the same embedded fonts.
 *
 * The font stack is the report's (fonts.ts): Noto Sans first, Noto Sans SC for the
 * characters it lacks, chosen per character as react-pdf does.
 */
import { readFileSync } from "node:fs";
import { create, type FontkitFont } from "fontkit";
import { reportFontFile } from "./fonts";
import { wrapLines } from "./wrap-lines";

export type DrawnWeight = 400 | 600;

export interface DrawnTextStyle {
  fontSize: number;
  /** Line height as a ratio of the font size, as in the report's styles. */
  lineHeight: number;
  fontWeight: DrawnWeight;
}

interface Face {
  font: FontkitFont;
  /** Advance width in em, per code point. */
  advances: Map<number, number>;
}

interface Stack {
  latin: Face;
  cjk: Face;
}

const stacks = new Map<DrawnWeight, Stack>();

function face(file: string): Face {
  return { font: create(readFileSync(file)), advances: new Map() };
}

function stack(weight: DrawnWeight): Stack {
  let known = stacks.get(weight);
  if (!known) {
    known = { latin: face(reportFontFile("latin", weight)), cjk: face(reportFontFile("cjk", weight === 400 ? 400 : 700)) };
    stacks.set(weight, known);
  }
  return known;
}

/** The face of the stack that draws this character: the first that has its glyph. */
function faceFor({ latin, cjk }: Stack, codepoint: number): Face {
  if (latin.font.hasGlyphForCodePoint(codepoint) || !cjk.font.hasGlyphForCodePoint(codepoint)) return latin;
  return cjk;
}

function advance(face: Face, codepoint: number): number {
  let em = face.advances.get(codepoint);
  if (em === undefined) {
    em = face.font.glyphForCodePoint(codepoint).advanceWidth / face.font.unitsPerEm;
    face.advances.set(codepoint, em);
  }
  return em;
}

/** Width in points of `text` on one line (advance widths; kerning only ever narrows it). */
export function measureText(text: string, { fontSize, fontWeight }: Pick<DrawnTextStyle, "fontSize" | "fontWeight">): number {
  const fonts = stack(fontWeight);
  let em = 0;
  for (const char of text) {
    const codepoint = char.codePointAt(0)!;
    em += advance(faceFor(fonts, codepoint), codepoint);
  }
  return em * fontSize;
}

/** The lines `text` takes in a column `width` points wide. */
export function drawnLines(text: string, width: number, style: DrawnTextStyle): string[] {
  const cache = new Map<string, number>();
  return wrapLines(text, width, (part) => {
    let w = cache.get(part);
    if (w === undefined) cache.set(part, (w = measureText(part, style)));
    return w;
  });
}

/**
 * At most `maxLines` lines; when the text needs more, the last one shown ends in "…" (a
 * running header with a very long organization or project name).
 */
export function clampedLines(text: string, width: number, style: DrawnTextStyle, maxLines: number): string[] {
  const lines = drawnLines(text, width, style);
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, maxLines);
  let last = [...shown[maxLines - 1]!];
  while (last.length > 0 && measureText(`${last.join("").trimEnd()}…`, style) > width) last = last.slice(0, -1);
  shown[maxLines - 1] = `${last.join("").trimEnd()}…`;
  return shown;
}

/** The subset of pdfkit that react-pdf's <Canvas> hands its `paint` function. */
export interface Painter {
  font(font: FontkitFont, size: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: false; baseline: "alphabetic" }): Painter;
  rect(x: number, y: number, width: number, height: number): Painter;
  circle(x: number, y: number, radius: number): Painter;
  fill(color?: string): Painter;
}

/** Runs of one face each, so each is drawn in the font that has its glyphs. */
function runs(line: string, fonts: Stack): { face: Face; text: string }[] {
  const out: { face: Face; text: string }[] = [];
  for (const char of line) {
    const f = faceFor(fonts, char.codePointAt(0)!);
    const last = out.at(-1);
    if (last?.face === f) last.text += char;
    else out.push({ face: f, text: char });
  }
  return out;
}

/**
 * Draws `lines` from (x, y), the top of the first line box; each glyph line is centred in
 * its line box as textkit centres it. Right-aligned lines end at x. Every run sits on the
 * Latin face's baseline, also a CJK run, whose font has other ascent and descent.
 */
export function drawLines(
  painter: Painter,
  lines: readonly string[],
  x: number,
  y: number,
  style: DrawnTextStyle,
  color: string,
  align: "left" | "right" = "left",
): void {
  const fonts = stack(style.fontWeight);
  const { ascent, descent, unitsPerEm } = fonts.latin.font;
  const lineBox = style.fontSize * style.lineHeight;
  const inset = (lineBox - ((ascent - descent) / unitsPerEm) * style.fontSize) / 2;
  const baseline = y + inset + (ascent / unitsPerEm) * style.fontSize;
  painter.fillColor(color);
  lines.forEach((line, i) => {
    let left = align === "left" ? x : x - measureText(line, style);
    for (const run of runs(line, fonts)) {
      painter
        .font(run.face.font, style.fontSize)
        .text(run.text, left, baseline + i * lineBox, { lineBreak: false, baseline: "alphabetic" });
      left += measureText(run.text, style);
    }
  });
}
