/**
 * The mapping sheet in and out of the browser: reading a paste or a CSV file into a review
 * (the reader and its schema load on first use, not with the workspace), and the CSV download.
 */
import { sizeProblem } from "@/lib/integration-plan/import-limits";
import { NOT_TEXT_PROBLEM } from "@/lib/integration-plan/parse-cells";
import { slugify } from "@/lib/organizations/slug";
import type { FieldMappingRow } from "@/lib/readiness/client";
import type { SheetReview } from "./sheet-review";

/** Whether a paste is rows from a spreadsheet (cells or lines), not a value typed into one cell. */
export function looksLikeRows(text: string): boolean {
  const body = text.replace(/\r?\n$/, "");
  return body.includes("\t") || body.includes("\n") || body.includes("\r");
}

async function review(text: string, origin: SheetReview["origin"], from: string): Promise<SheetReview> {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge !== null) return { origin, from, rows: [], problems: [tooLarge] };
  const { readMappingSheet } = await import("@/lib/integration-plan/import-sheet");
  const reading = readMappingSheet(text, { format: origin === "paste" ? "paste" : "csv" });
  return { origin, from, ...reading };
}

export function reviewPaste(text: string): Promise<SheetReview> {
  return review(text, "paste", "the pasted cells");
}

export async function reviewFile(file: File): Promise<SheetReview> {
  const from = file.name;
  // Checked before reading: a 2 GB file must not be read into memory to be refused.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge !== null) return { origin: "file", from, rows: [], problems: [tooLarge] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { origin: "file", from, rows: [], problems: [{ row: 0, column: "", message: NOT_TEXT_PROBLEM }] };
  }
  return review(text, "file", from);
}

/** "Northwind onboarding" → `northwind-onboarding-mapping-sheet.csv`. */
export function sheetFileName(projectName: string): string {
  return `${slugify(projectName, "project")}-mapping-sheet.csv`;
}

export async function downloadSheet(rows: readonly FieldMappingRow[], projectName: string): Promise<void> {
  const { writeMappingSheet } = await import("@/lib/integration-plan/export-sheet");
  const blob = new Blob([writeMappingSheet(rows)], { type: "text/csv;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = sheetFileName(projectName);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
