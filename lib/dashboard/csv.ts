/**
 * The portfolio as CSV (RFC 4180: comma-separated, CRLF, quoted where needed). Cells that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return) get a leading apostrophe
 * (`csvCell` in lib/utils/csv.ts). Pure.
 */
import { AREAS } from "@/lib/readiness";
import { csvCell } from "@/lib/utils/csv";
import type { PortfolioRow } from "./portfolio";

// The cell writer is shared with the remediation plan's export; re-exported for existing callers.
export { csvCell };

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
