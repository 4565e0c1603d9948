/**
 * One record of cells as a mapping row: each cell read by its column, then the row judged
 * by the framework's own zod schema, every problem named by row and column. Pure.
 */
import { fieldMappingRowSchema, readinessErrorMap, VALUE_MAP_PAIR_FIELDS, type FieldMappingRow, type ValueMapPair } from "@/lib/readiness";
import { cellText } from "./cell-values";
import { columnLabel, type ColumnKey } from "./mapping-columns";
import { columnLetter, type SheetProblem } from "./problems";
import type { CellSlot } from "./sheet-layout";

export interface RowReading {
  /** The row, when every cell and the schema accept it. */
  row: FieldMappingRow | null;
  problems: SheetProblem[];
}

const PAIR_PARTS: ReadonlyMap<PropertyKey, string> = new Map(
  (Object.keys(VALUE_MAP_PAIR_FIELDS) as (keyof ValueMapPair)[]).map((part) => [part, VALUE_MAP_PAIR_FIELDS[part].label.toLowerCase()]),
);

/** The schema's path as a column and, inside a value map, the pair it means (`pair 3, target value: …`). */
function issueProblem(rowNumber: number, path: readonly PropertyKey[], message: string): SheetProblem {
  const [key, pairIndex, part] = path;
  if (typeof key !== "string" || !(key in fieldMappingRowSchema.shape)) return { row: rowNumber, column: "", message };
  const column = columnLabel(key as ColumnKey);
  if (typeof pairIndex !== "number") return { row: rowNumber, column, message };
  const where = [`pair ${pairIndex + 1}`, ...(part === undefined ? [] : [PAIR_PARTS.get(part) ?? String(part)])].join(", ");
  return { row: rowNumber, column, message: `${where}: ${message}` };
}

const OUTSIDE_PROBLEM = "this cell is to the right of the sheet's last column";
const UNNAMED_PROBLEM = "this cell has no header above it";

export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}

export function readRow(record: readonly string[], slots: readonly CellSlot[], rowNumber: number): RowReading {
  const problems: SheetProblem[] = [];
  const draft: Record<string, unknown> = {};
  record.forEach((raw, index) => {
    const slot = slots[index];
    if (slot === "unknown" || raw.trim() === "") return;
    if (slot === undefined || slot === "unnamed") {
      problems.push({
        row: rowNumber,
        column: `Column ${columnLetter(index)}`,
        message: slot === undefined ? OUTSIDE_PROBLEM : UNNAMED_PROBLEM,
      });
      return;
    }
    const text = cellText(raw);
    const value = text.ok ? slot.read(text.value) : text;
    if (value.ok) draft[slot.key] = value.value;
    else problems.push({ row: rowNumber, column: slot.label, message: value.message });
  });
  // The cells read so far are judged even when others failed, so one pass lists every problem.
  const judged = fieldMappingRowSchema.safeParse(draft, { error: readinessErrorMap });
  if (!judged.success) problems.push(...judged.error.issues.map((issue) => issueProblem(rowNumber, issue.path, issue.message)));
  return { row: judged.success && problems.length === 0 ? judged.data : null, problems };
}
