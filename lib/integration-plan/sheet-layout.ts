/**
 * Which column each cell position feeds: by the header row when the first non-blank row is
 * one, else the sheet's own column order. Pure.
 */
import { columnForHeader, columnLabel, REQUIRED_COLUMNS, SHEET_COLUMNS, type ColumnKey, type SheetColumn } from "./mapping-columns";
import { columnLetter, type SheetProblem } from "./problems";

/** `unknown`: a header nobody knows (reported once, its cells ignored); `unnamed`: a blank header. */
export type CellSlot = SheetColumn | "unknown" | "unnamed";

export interface SheetLayout {
  /** Whether the first non-blank record is a header row (then it is no data row). */
  hasHeader: boolean;
  /** The slot of each cell position; a position past the end has no column at all. */
  slots: readonly CellSlot[];
  problems: SheetProblem[];
}

/**
 * A header row is one whose non-blank cells are at least half known headers. A data row
 * seldom holds a header's name by chance, and a header with a typo or two is still read
 * as a header, so its unknown names are reported rather than read as data.
 */
function isHeaderRow(names: readonly string[]): boolean {
  const named = names.filter((name) => name !== "");
  const known = named.filter((name) => columnForHeader(name) !== undefined).length;
  return known > 0 && known * 2 >= named.length;
}

function duplicateProblems(slots: readonly CellSlot[], headerRow: number): SheetProblem[] {
  const positions = new Map<ColumnKey, number[]>();
  slots.forEach((slot, index) => {
    if (typeof slot !== "string") positions.set(slot.key, [...(positions.get(slot.key) ?? []), index]);
  });
  return [...positions.entries()]
    .filter(([, at]) => at.length > 1)
    .map(([key, at]) => ({
      row: headerRow,
      column: columnLabel(key),
      message: `this column is in the header row more than once (columns ${at.map(columnLetter).join(", ")}): keep one`,
    }));
}

function headerLayout(names: readonly string[], headerRow: number): SheetLayout {
  const slots: CellSlot[] = names.map((name) => (name === "" ? "unnamed" : (columnForHeader(name) ?? "unknown")));
  const unknown = names.filter((_, index) => slots[index] === "unknown");
  const problems: SheetProblem[] = [];
  if (unknown.length > 0) {
    const known = SHEET_COLUMNS.map((each) => each.label).join(", ");
    const listed = unknown.map((name) => `"${name}"`).join(", ");
    problems.push({
      row: headerRow,
      column: "",
      message: `unknown ${unknown.length === 1 ? "column" : "columns"} ${listed}: the mapping sheet's columns are ${known}`,
    });
  }
  problems.push(...duplicateProblems(slots, headerRow));
  const present = new Set(slots.flatMap((slot) => (typeof slot === "string" ? [] : [slot.key])));
  for (const key of REQUIRED_COLUMNS) {
    if (!present.has(key))
      problems.push({ row: headerRow, column: columnLabel(key), message: "this column is missing from the header row" });
  }
  return { hasHeader: true, slots, problems };
}

/** The layout given the sheet's first non-blank record and its row number (none for an empty sheet). */
export function layoutOf(first: { record: readonly string[]; row: number } | undefined): SheetLayout {
  const names = (first?.record ?? []).map((cell) => cell.trim());
  if (first !== undefined && isHeaderRow(names)) return headerLayout(names, first.row);
  return { hasHeader: false, slots: SHEET_COLUMNS, problems: [] };
}
