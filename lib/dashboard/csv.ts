/**
 * The portfolio as CSV (RFC 4180: comma-separated, CRLF, quoted where needed). Cells that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return) get a leading apostrophe.
 * Pure.
 */
import { AREAS } from "@/lib/readiness";
import type { PortfolioRow } from "./portfolio";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  const header = ["Project", "Verdict", "Readiness index", ...AREAS.map((a) => a.label), "Blockers", "Warnings", "Last change"];
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) {
    lines.push(
      [
        row.name,
        row.verdict,
        row.index === null ? "" : row.index.toFixed(2),
        ...AREAS.map((a) => row.scores[a.key] ?? null),
        row.blockers,
        row.warnings,
        row.lastChange.slice(0, 10),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
