/**
 * Pagination done here rather than by react-pdf. react-pdf paginates a long <Page> by
 * laying out everything that remains again after every page break, which grows with the
 * square of the page count: a report with 300 actions and 500 test cases took over 30 s.
 * Instead each section is a list of blocks with an estimated height, packed into sheets
 * of about one page; each sheet is its own <Page>, so layout cost grows linearly.
 *
 * Estimates lean high, so a sheet rarely overflows; when one does, the report is rendered
 * again with wrapping pages (render-part.ts), so nothing is ever cut off. A sheet holds
 * fewer lines on US Letter than on A4 (`sheetCapacity`); the text column is the same.
 */
import type { ReactElement } from "react";
import { sheetCapacity } from "./paper";

export interface Block {
  key: string;
  /** Estimated height in points, margins included. */
  height: number;
  node: ReactElement;
  /** Keep on the same sheet as the next block (headings, table headers). */
  keepWithNext?: boolean;
  /** Shown first when a sheet starts with this block, e.g. a table's header row again. */
  continuation?: { node: ReactElement; height: number };
}

/** Usable height of an A4 content page, less a margin for estimation error. */
export const SHEET_CAPACITY = sheetCapacity("A4");

/** Packs blocks into sheets, in order; a block taller than a sheet gets a sheet of its own. */
export function packSheets(blocks: readonly Block[], capacity = SHEET_CAPACITY): Block[][] {
  const sheets: Block[][] = [];
  let sheet: Block[] = [];
  let used = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    // A heading needs room for itself and whatever it introduces (chains of headings too).
    let needed = block.height;
    for (let j = i; blocks[j]?.keepWithNext && blocks[j + 1]; j += 1) needed += Math.min(blocks[j + 1]!.height, capacity / 3);
    // A block taller than a page flows over pages anyway; after a heading it starts right
    // there rather than leaving the heading alone at the foot of a page.
    const flowsAfterHeading = block.height > capacity && sheet.at(-1)?.keepWithNext === true;
    if (sheet.length > 0 && used + needed > capacity && !flowsAfterHeading) {
      sheets.push(sheet);
      sheet = [];
      used = 0;
    }
    if (sheet.length === 0 && block.continuation) {
      sheet.push({ key: `${block.key}:continued`, height: block.continuation.height, node: block.continuation.node });
      used += block.continuation.height;
    }
    sheet.push(block);
    used += block.height;
  }
  if (sheet.length > 0) sheets.push(sheet);
  return sheets;
}

// Advance widths of Noto Sans in em, by character class, rounded up.
const NARROW = /[ijlI.,:;'’|!`]/;
const WIDE = /[mwMW@%]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;
const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

function charWidth(char: string): number {
  if (char === " ") return 0.26;
  if (CJK.test(char)) return 1;
  if (NARROW.test(char)) return 0.28;
  if (WIDE.test(char)) return 0.88;
  if (UPPER.test(char)) return 0.68;
  if (DIGIT.test(char)) return 0.58;
  return 0.56;
}

function wordWidth(word: string): number {
  let width = 0;
  for (const char of word) width += charWidth(char);
  return width;
}

/** Estimated width in points of `text` on one line (leans wide, like every estimate here). */
export function textWidth(text: string, { fontSize, bold }: Pick<TextMetrics, "fontSize" | "bold">): number {
  return wordWidth(text) * (bold ? 1.06 : 1) * fontSize;
}

export interface TextMetrics {
  fontSize: number;
  lineHeight: number;
  /** Semi-bold and bold run about 6% wider. */
  bold?: boolean;
}

/** Number of lines `text` takes in a column `width` points wide: a greedy word wrap. */
export function lineCount(text: string, width: number, { fontSize, bold }: TextMetrics): number {
  const em = (bold ? 1.06 : 1) * fontSize;
  const limit = Math.max(em, width) / em;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let x = 0;
    for (const word of paragraph.split(" ")) {
      let w = wordWidth(word);
      const space = x === 0 ? 0 : 0.26;
      if (x + space + w <= limit) {
        x += space + w;
        continue;
      }
      if (x > 0) lines += 1;
      // A word wider than the column breaks inside itself (see fonts.ts).
      while (w > limit) {
        lines += 1;
        w -= limit;
      }
      x = w;
    }
  }
  return lines;
}

export function textHeight(text: string, width: number, metrics: TextMetrics): number {
  return lineCount(text, width, metrics) * metrics.fontSize * metrics.lineHeight;
}
