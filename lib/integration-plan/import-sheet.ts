/**
 * A pasted block or an imported CSV file as mapping rows, or the list of what is wrong
 * with it. Pure.
 *
 * The contract: callers apply the rows only when `problems` is empty, and only after the
 * person confirms. When there is any problem `rows` is empty, so nothing half-read can be
 * applied by mistake; the problems are the whole answer, for the person to fix and retry.
 */
import { LIMITS, type FieldMappingRow } from "@/lib/readiness";
import { parseCells, type SheetFormat } from "./parse-cells";
import { capProblems, wholeSheet, type SheetProblem } from "./problems";
import { isBlankRecord, readRow } from "./read-row";
import { layoutOf } from "./sheet-layout";

export interface SheetReading {
  /** The sheet's non-blank rows in order; empty whenever `problems` is not. */
  rows: FieldMappingRow[];
  /** In row order, at most `MAX_PROBLEMS` and one line counting the rest. */
  problems: SheetProblem[];
}

export interface ReadOptions {
  /** `paste`: tab-separated text from the clipboard; `csv`: a CSV file's text. */
  format: SheetFormat;
}

function refused(problem: SheetProblem): SheetReading {
  return { rows: [], problems: [problem] };
}

const count = new Intl.NumberFormat("en-US");

export function readMappingSheet(text: string, options: ReadOptions): SheetReading {
  const cells = parseCells(text, options.format);
  if (!cells.ok) return refused({ row: cells.row, column: "", message: cells.message });
  // Record i is row i + 1 in the person's spreadsheet: blank rows are skipped, not renumbered.
  const filled = cells.records.map((record, index) => ({ record, row: index + 1 })).filter(({ record }) => !isBlankRecord(record));
  // A header may sit below blank rows at the top of the sheet.
  const layout = layoutOf(filled[0]);
  if (layout.hasHeader) filled.shift();
  if (filled.length > LIMITS.rows) {
    // One problem, not thousands: a sheet past the document's limit cannot be applied at all.
    return refused(
      wholeSheet(`too many rows: a mapping sheet holds at most ${count.format(LIMITS.rows)} (this one has ${count.format(filled.length)})`),
    );
  }
  const problems = [...layout.problems];
  const rows: FieldMappingRow[] = [];
  for (const { record, row } of filled) {
    const reading = readRow(record, layout.slots, row);
    problems.push(...reading.problems);
    if (reading.row !== null) rows.push(reading.row);
  }
  return problems.length === 0 ? { rows, problems: [] } : { rows: [], problems: capProblems(problems) };
}
