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

/**
 * Issue #17's columns: the current rollout phase's stage key (as the verdict is written:
 * "unstaged" for a phase without one, empty without a current phase) and the plan's ROI
 * as plain numbers, empty without figures; the payback is also empty when it never pays back
 * (the net value then says why).
 */
const PLAN_HEADER = ["Phase", "Hours saved per month", "Net value per month", "Currency", "Payback months"];

function planCells(row: PortfolioRow): (string | number)[] {
  const roi = row.roi;
  return [row.phase ?? "", roi?.hoursSaved ?? "", roi?.net ?? "", roi?.currency ?? "", roi?.paybackMonths ?? ""];
}

export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  const header = [
    "Project",
    "Verdict",
    "Readiness index",
    ...AREAS.map((a) => a.label),
    "Blockers",
    "Warnings",
    "Last change",
    ...PLAN_HEADER,
  ];
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
        ...planCells(row),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
