import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, portfolioCsv } from "@/lib/dashboard/csv";
import type { PortfolioRow } from "@/lib/dashboard/portfolio";

const row = (over: Partial<PortfolioRow>): PortfolioRow => ({
  id: "p1",
  name: "Lead intake",
  systems: ["crm"],
  owner: null,
  lastChange: "2026-11-20T10:00:00.000Z",
  verdict: "blocked",
  index: 2.57,
  blockers: 3,
  warnings: 1,
  scores: {},
  blockerRules: [],
  phase: null,
  roi: null,
  ...over,
});

describe("portfolio CSV", () => {
  it("round-trips through a CSV parser: header, quoting of commas, quotes and new lines", () => {
    const rows = [
      row({ name: 'Refunds, "fast" lane\nphase 2', scores: { securityControls: 2, dataOwnership: 4 } }),
      row({ id: "p2", name: "Zoë Müller · 東京", verdict: "ready", index: null, blockers: 0 }),
    ];
    const csv = portfolioCsv(rows);
    const records = parse(csv) as string[][];
    expect(records[0]).toEqual([
      "Project",
      "Verdict",
      "Readiness index",
      "Workflow mapping",
      "Data ownership clarity",
      "Taxonomy alignment",
      "Security controls",
      "Monitoring and alerting",
      "Rollout and rollback planning",
      "Training readiness",
      "Blockers",
      "Warnings",
      "Last change",
      "Phase",
      "Hours saved per month",
      "Net value per month",
      "Currency",
      "Payback months",
    ]);
    expect(records[1]).toEqual([
      'Refunds, "fast" lane\nphase 2',
      "blocked",
      "2.57",
      "",
      "4",
      "",
      "2",
      "",
      "",
      "",
      "3",
      "1",
      "2026-11-20",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(records[2]?.[0]).toBe("Zoë Müller · 東京");
    expect(records[2]?.[2]).toBe("");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes the phase's stage key and the ROI as plain numbers; a loss stays a number, never a formula", () => {
    const rows = [
      row({ phase: "pilot", roi: { hoursSaved: 450, net: 17100.5, currency: "USD", paybackMonths: 3.51 } }),
      row({ id: "p2", phase: "unstaged", roi: { hoursSaved: 2, net: -120, currency: null, paybackMonths: null } }),
    ];
    const records = parse(portfolioCsv(rows)) as string[][];
    expect(records[1]?.slice(-5)).toEqual(["pilot", "450", "17100.5", "USD", "3.51"]);
    expect(records[2]?.slice(-5)).toEqual(["unstaged", "2", "-120", "", ""]);
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const evil of ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) {
      const cell = (parse(csvCell(evil)) as string[][])[0]?.[0] ?? "";
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(evil);
    }
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(-2)).toBe("-2"); // numbers are data, not formulas
  });
});
