/**
 * Ruleset 2.0.0: blank rows are not rows. A list row none of whose fields holds a value
 * (an "Add row" clicked and left empty) is removed from every list of the answers and of
 * the plan before any rule, answered-ness or count sees it, and the findings' targets are
 * mapped back to the indices of the document as written.
 *
 * A value-map pair with neither side filled in is blank too: it is removed from its
 * mapping row (and a value map left with no pair is no value map), before the row itself
 * is tested. Nothing is copied when nothing is blank, the common case.
 */
import { LIST_PLAN_SECTION_KEYS, LIST_QUESTION_KEYS } from "../keys";
import type { FieldMappingRow } from "../schema/assessment-v2";
import type { JudgedDocument } from "../rules/types";
import { hasContent } from "./answered";
import { hasText } from "./text";

/** Row index in the compacted list → row index in the document, per list path (`answers.actions`). */
export type RowMaps = ReadonlyMap<string, readonly number[]>;

export interface Compacted {
  document: JudgedDocument;
  rowMaps: RowMaps;
}

/** True when some field of the row holds a value (no allocation: rows are many). */
export function rowHasValue(row: object): boolean {
  for (const key in row) {
    if (hasContent((row as Record<string, unknown>)[key])) return true;
  }
  return false;
}

interface CompactRows<T> {
  rows: T[];
  kept: number[];
}

/** The rows that hold a value and their original indices, or null when every row does. */
function compactRows<T extends object>(rows: readonly T[]): CompactRows<T> | null {
  let firstBlank = -1;
  for (let index = 0; index < rows.length; index += 1) {
    if (!rowHasValue(rows[index] as T)) {
      firstBlank = index;
      break;
    }
  }
  if (firstBlank === -1) return null;
  const kept: number[] = [];
  const compacted: T[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as T;
    if (index < firstBlank || (index > firstBlank && rowHasValue(row))) {
      kept.push(index);
      compacted.push(row);
    }
  }
  return { rows: compacted, kept };
}

function isBlankPair(pair: { from?: string; to?: string }): boolean {
  return !hasText(pair.from) && !hasText(pair.to);
}

/** Mapping rows with their blank value-map pairs removed; the same array when there are none. */
function withoutBlankPairs(rows: readonly FieldMappingRow[]): readonly FieldMappingRow[] {
  let copy: FieldMappingRow[] | null = null;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as FieldMappingRow;
    const pairs = row.valueMap;
    if (pairs === undefined || !pairs.some(isBlankPair)) continue;
    copy ??= rows.slice();
    const kept = pairs.filter((pair) => !isBlankPair(pair));
    const { valueMap: _dropped, ...rest } = row;
    copy[index] = kept.length === 0 ? rest : { ...rest, valueMap: kept };
  }
  return copy ?? rows;
}

export function compactDocument(document: JudgedDocument): Compacted {
  const rowMaps = new Map<string, number[]>();
  let answers: JudgedDocument["answers"] = document.answers;
  if (answers !== undefined) {
    for (const key of LIST_QUESTION_KEYS) {
      const rows: readonly object[] | undefined = answers[key];
      if (rows === undefined) continue;
      const result: CompactRows<object> | null = compactRows(rows);
      if (result === null) continue;
      answers = { ...answers, [key]: result.rows };
      rowMaps.set(`answers.${key}`, result.kept);
    }
  }
  let plan: JudgedDocument["plan"] = document.plan;
  if (plan !== undefined) {
    if (plan.fieldMappings !== undefined) {
      const cleaned = withoutBlankPairs(plan.fieldMappings);
      if (cleaned !== plan.fieldMappings) plan = { ...plan, fieldMappings: [...cleaned] };
    }
    for (const key of LIST_PLAN_SECTION_KEYS) {
      const rows: readonly object[] | undefined = plan[key];
      if (rows === undefined) continue;
      const result: CompactRows<object> | null = compactRows(rows);
      if (result === null) continue;
      plan = { ...plan, [key]: result.rows };
      rowMaps.set(`plan.${key}`, result.kept);
    }
  }
  if (answers === document.answers && plan === document.plan) return { document, rowMaps };
  return {
    document: { ...document, ...(answers === undefined ? {} : { answers }), ...(plan === undefined ? {} : { plan }) },
    rowMaps,
  };
}

/** `answers.actions.1` of the compacted document → `answers.actions.3` of the document as written. */
export function remapTarget(target: string, rowMaps: RowMaps): string {
  if (rowMaps.size === 0) return target;
  const first = target.indexOf(".");
  const second = first === -1 ? -1 : target.indexOf(".", first + 1);
  if (second === -1) return target;
  const kept = rowMaps.get(target.slice(0, second));
  if (kept === undefined) return target;
  const third = target.indexOf(".", second + 1);
  const index = Number(third === -1 ? target.slice(second + 1) : target.slice(second + 1, third));
  const original = kept[index];
  if (original === undefined) return target;
  return `${target.slice(0, second)}.${original}${third === -1 ? "" : target.slice(third)}`;
}
