import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOT_TEXT_PROBLEM, parseCells, type CellsResult } from "@/lib/integration-plan";
import { detectDelimiter } from "@/lib/integration-plan/parse-cells";
import { csvDocument } from "@/lib/utils/csv";

function records(result: CellsResult): string[][] {
  if (!result.ok) throw new Error(`expected cells, got row ${result.row}: ${result.message}`);
  return result.records;
}

describe("parseCells, clipboard", () => {
  it("reads Google Sheets' copy: tabs, LF between rows, a multi-line cell quoted with its quotes doubled", () => {
    const copied = 'Contact\tCRM\t"First line\nsecond ""quoted"" line"\r\nTicket\t\tEmail';
    expect(records(parseCells(copied, "paste"))).toEqual([
      ["Contact", "CRM", 'First line\nsecond "quoted" line'],
      ["Ticket", "", "Email"],
    ]);
  });

  it("reads Excel's copy: CRLF after every row, a quoted multi-line cell, a tab inside quotes", () => {
    const copied = 'Contact\t"Open=Active\nClosed=Done"\tYes\r\n"a\tb"\t\tNo\r\n';
    expect(records(parseCells(copied, "paste"))).toEqual([
      ["Contact", "Open=Active\nClosed=Done", "Yes"],
      ["a\tb", "", "No"],
    ]);
  });

  it("keeps commas and semicolons inside pasted cells, and a lone CR ends a row", () => {
    expect(records(parseCells("a,b;c\td\re\tf", "paste"))).toEqual([
      ["a,b;c", "d"],
      ["e", "f"],
    ]);
  });

  it("takes a cell that merely starts with a quote as plain text (the clipboard quotes only whole cells)", () => {
    expect(records(parseCells('"Gold" tier\t"unclosed\tx', "paste"))).toEqual([['"Gold" tier', '"unclosed', "x"]]);
  });

  it("keeps blank rows and trailing empty cells, so row numbers stay the spreadsheet's", () => {
    expect(records(parseCells("a\t\r\n\r\nb\n", "paste"))).toEqual([["a", ""], [""], ["b"]]);
    expect(records(parseCells("", "paste"))).toEqual([]);
  });
});

describe("parseCells, CSV", () => {
  it("detects the semicolon Excel writes in comma-decimal locales and drops the byte-order mark", () => {
    const file = '\uFEFFSource field;Target field;Transformation\r\nEmail;requester_email;"trim; lower-case"\r\nName;name;a, b\r\n';
    expect(records(parseCells(file, "csv"))).toEqual([
      ["Source field", "Target field", "Transformation"],
      ["Email", "requester_email", "trim; lower-case"],
      ["Name", "name", "a, b"],
    ]);
  });

  it("reads RFC 4180: quoted delimiters, doubled quotes, line breaks inside quotes", () => {
    const file = 'a,"b, ""c""","line 1\r\nline 2"\r\n,x,\r\n';
    expect(records(parseCells(file, "csv"))).toEqual([
      ["a", 'b, "c"', "line 1\r\nline 2"],
      ["", "x", ""],
    ]);
  });

  it("refuses a quoted cell that never closes, naming its row", () => {
    expect(parseCells('a,b\r\nc,"d\r\ne,f\r\n', "csv")).toEqual({ ok: false, row: 2, message: expect.stringContaining("never closed") });
  });

  it("keeps text after a closing quote, as spreadsheets do", () => {
    expect(records(parseCells('"5" screen,x', "csv"))).toEqual([["5 screen", "x"]]);
  });

  it("picks the delimiter seen most on the first line, outside quotes", () => {
    expect(detectDelimiter('"a;b;c",d,e\n1;2;3;4;5')).toBe(",");
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("a\tb\tc,d")).toBe("\t");
    expect(detectDelimiter("single")).toBe(",");
  });

  it("agrees with csv-parse on any CSV the shared writer produces", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(",", ";", '"', "\r\n", "\n", " ", "=1", "é"));
    const document = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(document, (rows) => {
        // A header of plain names keeps the detector on the comma, as an exported sheet's header does.
        const text = csvDocument([["h1", "h2"], ...rows]);
        expect(records(parseCells(text, "csv"))).toEqual(parse(text, { relax_column_count: true, skip_empty_lines: false }));
      }),
    );
  });
});

describe("parseCells, not a sheet", () => {
  it("refuses binary data (a NUL byte) with one problem for the whole sheet", () => {
    expect(parseCells("PK\u0003\u0004\u0000\u0000xl/workbook.xml", "csv")).toEqual({ ok: false, row: 0, message: NOT_TEXT_PROBLEM });
  });

  it("refuses text that is mostly what invalid UTF-8 decodes to", () => {
    // Latin-1 bytes above 0x7F, read as UTF-8: no NUL, but a replacement character for nearly every byte.
    const decoded = new TextDecoder().decode(Uint8Array.from({ length: 400 }, (_, index) => 0x80 + ((index * 37) % 128)));
    expect(decoded).not.toContain("\u0000");
    expect(parseCells(decoded, "paste")).toEqual({ ok: false, row: 0, message: NOT_TEXT_PROBLEM });
  });

  it("leaves a stray unreadable character to the cell check (the import names its row and column)", () => {
    const text = `${"Source field,Target field\r\n"}${"Email,requester_email\r\n".repeat(20)}Caf\uFFFD,x\r\n`;
    expect(parseCells(text, "csv").ok).toBe(true);
  });
});
