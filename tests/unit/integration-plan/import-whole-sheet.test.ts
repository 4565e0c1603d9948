import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS, NOT_TEXT_PROBLEM } from "@/lib/integration-plan";
import { EMAIL, EMAIL_ROW, HEADER, csv, paste } from "./sheet-fixtures";

describe("readMappingSheet, the whole sheet", () => {
  it("skips blank rows without renumbering the ones after them", () => {
    const reading = paste(`${HEADER}\n\n${EMAIL}\n\t \t\n${EMAIL.replace("Value", "Kindly")}\n`);
    expect(reading.problems).toEqual([{ row: 5, column: "Kind", message: expect.stringContaining('(got "Kindly")') }]);
    expect(paste(`${HEADER}\n\n${EMAIL}\n\t \t\n`).rows).toEqual([EMAIL_ROW]);
  });

  it("finds a header below blank rows at the top of the sheet", () => {
    const reading = paste(`\n\t\n${HEADER}\tOwner\n${EMAIL}\n`);
    expect(reading.problems).toEqual([{ row: 3, column: "", message: expect.stringContaining('unknown column "Owner"') }]);
    expect(paste(`\n\t\n${HEADER}\n${EMAIL}\n`).rows).toEqual([EMAIL_ROW]);
  });

  it("refuses more rows than a plan list holds with one problem and no rows", () => {
    const reading = paste(`${HEADER}\n${`${EMAIL}\n`.repeat(10_001)}`);
    expect(reading).toEqual({
      rows: [],
      problems: [{ row: 0, column: "", message: "too many rows: a mapping sheet holds at most 2,000 (this one has 10,001)" }],
    });
  });

  it("reads a thousand rows", () => {
    const rows = Array.from({ length: 1000 }, (_, index) => EMAIL.replace("Email", `Field ${index}`));
    const reading = paste([HEADER, ...rows].join("\r\n"));
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toHaveLength(1000);
    expect(reading.rows[999]?.sourceField).toBe("Field 999");
  });

  it("refuses a file that is not text with one problem", () => {
    expect(csv("%PDF-1.7\n\u0000\u0000\u00ff binary")).toEqual({ rows: [], problems: [{ row: 0, column: "", message: NOT_TEXT_PROBLEM }] });
  });

  it("shows the first problems and counts the rest", () => {
    const reading = paste(`${HEADER}\n${`${EMAIL.replace("CRM", "Mainframe")}\n`.repeat(MAX_PROBLEMS + 50)}`);
    expect(reading.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(reading.problems[MAX_PROBLEMS]).toEqual({ row: 0, column: "", message: "and 50 more problems: fix these first" });
  });

  it("reads nothing from an empty paste, without a problem", () => {
    expect(paste("")).toEqual({ rows: [], problems: [] });
    expect(paste("\n\n")).toEqual({ rows: [], problems: [] });
  });
});
