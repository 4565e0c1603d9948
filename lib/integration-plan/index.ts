/** The integration plan's pure core (issue #17): the mapping sheet's paste, CSV import and CSV export. */
export { SHEET_COLUMNS, REQUIRED_COLUMNS, columnForHeader, type ColumnKey, type SheetColumn } from "./mapping-columns";
export { FORMULA_PROBLEM } from "./cell-values";
export { NOT_TEXT_PROBLEM, parseCells, type CellsResult, type SheetFormat } from "./parse-cells";
export { MAX_PROBLEMS, type SheetProblem } from "./problems";
export { readMappingSheet, type ReadOptions, type SheetReading } from "./import-sheet";
export { writeMappingSheet } from "./export-sheet";
