/**
 * Mapping rows as a CSV file: the header row, then one record per row, in the sheet's
 * column order and words (labels, Yes/No, the value-map cell syntax), so that
 * `readMappingSheet(writeMappingSheet(rows), { format: "csv" })` gives the rows back. Pure;
 * no zod, so the browser can build the download itself.
 */
import type { FieldMappingRow } from "@/lib/readiness/client";
import { csvDocument } from "@/lib/utils/csv";
import { SHEET_COLUMNS } from "./mapping-columns";

/** The CSV text (CRLF line ends; formula-like cells neutralized by `csvCell`, and read back by the import). */
export function writeMappingSheet(rows: readonly FieldMappingRow[]): string {
  return csvDocument([SHEET_COLUMNS.map((each) => each.label), ...rows.map((row) => SHEET_COLUMNS.map((each) => each.write(row)))]);
}
