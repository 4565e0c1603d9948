/**
 * A status row's value map written in one cell: `Open=Active - In Progress; Closed=Done`.
 * Pairs are separated by `;` or a line break (a multi-line cell in a spreadsheet reads the
 * same), source and target by the first `=`. A backslash makes the next character plain
 * text: `\;`, `\=`, `\\` and a backslash before a line break. Pure.
 */
import type { ValueMapPair } from "@/lib/readiness/client";
import { gotText, type CellReading } from "./cell-values";

const SYNTAX_HINT = 'write each pair as source=target, pairs separated by ";"';

interface Segment {
  from: string;
  /** null while no unescaped `=` has been seen in the segment. */
  to: string | null;
}

function isSeparator(char: string): boolean {
  return char === ";" || char === "\n" || char === "\r";
}

/** Splits the cell into segments, honouring backslash escapes. */
function segmentsOf(cell: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { from: "", to: null };
  for (let i = 0; i < cell.length; i += 1) {
    let char = cell.charAt(i);
    const escaped = char === "\\" && i + 1 < cell.length;
    if (escaped) {
      i += 1;
      char = cell.charAt(i);
    } else if (isSeparator(char)) {
      segments.push(current);
      current = { from: "", to: null };
      continue;
    } else if (char === "=" && current.to === null) {
      current.to = "";
      continue;
    }
    // A later unescaped `=` belongs to the target value: only the source needs escaping.
    if (current.to === null) current.from += char;
    else current.to += char;
  }
  segments.push(current);
  return segments;
}

/** Blank sides are left out of the pair, as everywhere in the document. */
function pairOf(from: string, to: string): ValueMapPair {
  const pair: ValueMapPair = {};
  if (from.trim() !== "") pair.from = from.trim();
  if (to.trim() !== "") pair.to = to.trim();
  return pair;
}

export function readValueMap(cell: string): CellReading<ValueMapPair[]> {
  const pairs: ValueMapPair[] = [];
  for (const segment of segmentsOf(cell)) {
    if (segment.to === null) {
      // An empty segment (a trailing ";" or a blank line in the cell) is nothing, not an error.
      if (segment.from.trim() === "") continue;
      return { ok: false, message: `pair ${pairs.length + 1} has no "="${gotText(segment.from.trim())}: ${SYNTAX_HINT}` };
    }
    pairs.push(pairOf(segment.from, segment.to));
  }
  return { ok: true, value: pairs };
}

function escapeSide(text: string, specials: RegExp): string {
  return text.replace(specials, (char) => `\\${char}`);
}

const SOURCE_SPECIALS = /[\\;=\r\n]/g;
const TARGET_SPECIALS = /[\\;\r\n]/g;

export function writeValueMap(pairs: readonly ValueMapPair[]): string {
  const cell = pairs
    .map((pair) => `${escapeSide(pair.from ?? "", SOURCE_SPECIALS)}=${escapeSide(pair.to ?? "", TARGET_SPECIALS)}`)
    .join("; ");
  // A cell starting `'=` would lose its apostrophe on import (taken for the export's formula guard): escape it.
  return cell.startsWith("'") ? `\\${cell}` : cell;
}
