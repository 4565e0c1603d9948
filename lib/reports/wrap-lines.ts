/**
 * Line breaking for text the report draws itself (drawn-text.ts). Pure: widths come from
 * the caller's `measure`, so the same rules serve real font metrics and tests.
 *
 * The rules are those the report's react-pdf text follows (fonts.ts): lines break at
 * spaces; a CJK character may end a line anywhere; a word wider than the column breaks
 * inside itself, without a hyphen; a newline starts a new line. Greedy, not Knuth–Plass: a
 * table cell is ragged-right, where the greedy fill is the expected look.
 */

/** Width in points of `text` set on one line. */
export type Measure = (text: string) => number;

const CJK_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

interface Piece {
  text: string;
  /** Joined to the previous piece on the same line by a space. */
  spaced: boolean;
}

/** A paragraph's words, with each CJK character as a piece of its own (it may end a line). */
function piecesOf(paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  for (const word of paragraph.split(" ")) {
    if (!word) continue;
    let spaced = pieces.length > 0;
    let latin = "";
    for (const char of word) {
      if (!CJK_CHAR.test(char)) {
        latin += char;
        continue;
      }
      if (latin) {
        pieces.push({ text: latin, spaced });
        spaced = false;
        latin = "";
      }
      pieces.push({ text: char, spaced });
      spaced = false;
    }
    if (latin) pieces.push({ text: latin, spaced });
  }
  return pieces;
}

/** Cuts a piece wider than the column into column-wide parts, character by character. */
function cut(text: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let part = "";
  let used = 0;
  for (const char of text) {
    const w = measure(char);
    if (part && used + w > width) {
      parts.push(part);
      part = "";
      used = 0;
    }
    part += char;
    used += w;
  }
  if (part) parts.push(part);
  return parts;
}

/**
 * The lines `text` takes in a column `width` points wide: at least one (an empty text is
 * one empty line), none wider than `width` unless a single character is.
 */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const space = measure(" ");
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const piece of piecesOf(paragraph)) {
      const w = measure(piece.text);
      const gap = line && piece.spaced ? space : 0;
      if (used + gap + w <= width) {
        line += (gap ? " " : "") + piece.text;
        used += gap + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= width) {
        line = piece.text;
        used = w;
        continue;
      }
      const parts = cut(piece.text, width, measure);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? "";
      used = measure(line);
    }
    lines.push(line);
  }
  return lines;
}
