/** One hit per row that matches: the shared loop of every row rule. */
import type { ListPlanSectionKey } from "../keys";
import type { RuleHit } from "./types";

export function rowHits<Row>(
  rows: readonly Row[] | undefined,
  section: string,
  applies: (row: Row) => boolean,
  message: (row: Row) => string,
): RuleHit[] {
  const hits: RuleHit[] = [];
  if (rows === undefined) return hits;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as Row;
    if (applies(row)) hits.push({ target: `answers.${section}.${index}`, message: message(row) });
  }
  return hits;
}

/** `rowHits` for a list section of the plan: targets `plan.<section>.<index>`. */
export function planRowHits<Row>(
  rows: readonly Row[] | undefined,
  section: ListPlanSectionKey,
  applies: (row: Row) => boolean,
  message: (row: Row) => string,
): RuleHit[] {
  // The same loop as rowHits; only the target's prefix differs, so rewrite the targets.
  return rowHits(rows, section, applies, message).map((hit) => ({ ...hit, target: `plan${hit.target.slice("answers".length)}` }));
}
