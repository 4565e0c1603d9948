/**
 * What a paste or an imported file may hold before it is read at all. Pure, zod-free: the grid
 * checks it in the browser before loading the reader.
 */
import { LIMITS } from "@/lib/readiness/client";
import { wholeSheet, type SheetProblem } from "./problems";

/** A full sheet (2,000 rows of long cells) is well under this; past it the text is not a mapping sheet. */
export const MAX_SHEET_CHARACTERS = 5_000_000;

const count = new Intl.NumberFormat("en-US");

export function sizeProblem(characters: number): SheetProblem | null {
  if (characters <= MAX_SHEET_CHARACTERS) return null;
  const megabytes = Math.round(characters / 100_000) / 10;
  return wholeSheet(`this is too large for a mapping sheet (${megabytes} MB of text; at most ${MAX_SHEET_CHARACTERS / 1_000_000} MB)`);
}

/** Why `adding` rows cannot go after `existing` ones, or null when they fit. */
export function roomProblem(existing: number, adding: number): string | null {
  if (existing + adding <= LIMITS.rows) return null;
  return `The sheet would hold ${count.format(existing + adding)} rows; it holds at most ${count.format(LIMITS.rows)}.`;
}
