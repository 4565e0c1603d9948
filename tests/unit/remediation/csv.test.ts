import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/readiness";
import { CSV_COLUMNS, generatePlan, planToCsv, type ExportItem } from "@/lib/remediation";
import { csvDocument } from "@/lib/utils/csv";
import { loadDocument } from "./fixtures";

const item = (over: Partial<ExportItem>): ExportItem => ({
  key: "HIGH_TIER_WITHOUT_APPROVAL@answers.actions.1",
  title: "High-tier action without human approval",
  message: "Action “Issue refund” is high tier.",
  remediation: "Require a human to approve.",
  severity: "blocker",
  track: "safe-writes",
  dueDate: "2027-02-02",
  status: "open",
  assigneeEmail: "lena@acme.test",
  ...over,
});

describe("planToCsv", () => {
  it("writes the importer's columns and round-trips through a CSV parser", () => {
    const csv = planToCsv([
      item({ link: "https://app.test/o/acme/p/1#answers.actions.1" }),
      item({
        key: "W@x",
        title: 'Refunds, "fast" lane',
        message: "Line one\nline two",
        severity: "warning",
        track: "semantics",
        status: "in_progress",
        assigneeEmail: null,
      }),
      item({ key: "I@y", severity: "info", track: "observability", status: "done" }),
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe("Summary,Description,Assignee,Due date,Labels,Labels,Status,Priority");
    const records = parse(csv) as string[][];
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records[1]).toEqual([
      "High-tier action without human approval",
      "Action “Issue refund” is high tier.\n\nHow to fix: Require a human to approve.\n\nField: https://app.test/o/acme/p/1#answers.actions.1",
      "lena@acme.test",
      "2027-02-02",
      "safe-writes",
      "blocker",
      "Open",
      "Highest",
    ]);
    expect(records[2]).toEqual([
      'Refunds, "fast" lane',
      "Line one\nline two\n\nHow to fix: Require a human to approve.",
      "",
      "2027-02-02",
      "semantics",
      "warning",
      "In progress",
      "Medium",
    ]);
    expect(records[3]?.slice(4)).toEqual(["observability", "info", "Done", "Low"]);
    expect(records.every((record) => record.length === CSV_COLUMNS.length)).toBe(true);
  });

  it("neutralises formulas in every text cell", () => {
    const evil = '=HYPERLINK("http://evil","x")';
    const csv = planToCsv([item({ title: evil, message: "+1+1", remediation: "x", assigneeEmail: "@SUM(A1)" })]);
    const row = (parse(csv) as string[][])[1]!;
    expect(row[0]).toBe(`'${evil}`);
    expect(row[1]!.startsWith("'+1+1")).toBe(true);
    expect(row[2]).toBe("'@SUM(A1)");
  });

  it("exports a generated plan: one row per item, in plan order", () => {
    const document = loadDocument("blocked-v2");
    const items = generatePlan({ evaluation: evaluate(document), document, start: "2027-01-04" });
    const rows = parse(planToCsv(items.map((generated) => ({ ...generated, status: "open" as const, assigneeEmail: null })))) as string[][];
    expect(rows.slice(1).map((row) => row[0])).toEqual(items.map((generated) => generated.title));
    expect(rows.slice(1).map((row) => row[3])).toEqual(items.map((generated) => generated.dueDate));
  });
});

describe("csvDocument", () => {
  it("ends every record with CRLF and writes nothing for no rows", () => {
    expect(
      csvDocument([
        ["a", 1, null],
        ["b,c", undefined, -2],
      ]),
    ).toBe('a,1,\r\n"b,c",,-2\r\n');
    expect(csvDocument([])).toBe("");
  });
});
