import { describe, expect, it } from "vitest";
import { FORMULA_PROBLEM } from "@/lib/integration-plan";
import { EMAIL, EMAIL_ROW, HEADER, csv, paste } from "./sheet-fixtures";

describe("readMappingSheet, columns", () => {
  it("maps a header row by the framework's labels, in any order and any case", () => {
    const reading = paste("TARGET FIELD\tsource field\tSource System\tTarget system\nrequester_email\tEmail\tcrm\tSupport desk\n");
    expect(reading).toEqual({
      rows: [{ targetField: "requester_email", sourceField: "Email", sourceSystem: "crm", targetSystem: "support_desk" }],
      problems: [],
    });
  });

  it("maps a header row by the document's keys, with or without separators", () => {
    const reading = csv(
      "object,sourceSystem,source_field,target-system,targetField,valueMap\r\nticket,itsm,state,support_desk,status,open=Open\r\n",
    );
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toEqual([
      {
        object: "ticket",
        sourceSystem: "itsm",
        sourceField: "state",
        targetSystem: "support_desk",
        targetField: "status",
        valueMap: [{ from: "open", to: "Open" }],
      },
    ]);
  });

  it("reads a semicolon CSV with a byte-order mark, as Excel saves one in comma-decimal locales", () => {
    const file =
      '\uFEFFSource system;Source field;Target system;Target field;Value map\r\nCRM;Stage;ERP;status;"Open=Active; Won=Closed"\r\n';
    expect(csv(file)).toEqual({
      rows: [
        {
          sourceSystem: "crm",
          sourceField: "Stage",
          targetSystem: "erp",
          targetField: "status",
          valueMap: [
            { from: "Open", to: "Active" },
            { from: "Won", to: "Closed" },
          ],
        },
      ],
      problems: [],
    });
  });

  it("reads a sheet without a header in the sheet's column order, short rows included", () => {
    const reading = paste(
      "Contact\tCRM\tEmail\tSupport desk\trequester_email\tIdentifier\ttrim\tyes\tBi-directional\tCRM wins\r\nTicket\tITSM\n",
    );
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toEqual([
      { ...EMAIL_ROW, kind: "identifier", transform: "trim", required: true, direction: "bidirectional", conflictRule: "CRM wins" },
      { object: "ticket", sourceSystem: "itsm" },
    ]);
  });

  it("names unknown headers in one problem and still checks the rest", () => {
    const reading = paste(`${HEADER}\tOwner\tNotes\n${EMAIL}\tLena\tx\nNope\n`);
    expect(reading.rows).toEqual([]);
    expect(reading.problems).toEqual([
      {
        row: 1,
        column: "",
        message: expect.stringMatching(/^unknown columns "Owner", "Notes": the mapping sheet's columns are Business object, /),
      },
      { row: 3, column: "Business object", message: expect.stringContaining('(got "Nope")') },
    ]);
  });

  it("names a missing required column, and a column given twice", () => {
    const reading = csv("Source system,Source field,Target system,Source field\r\nCRM,Email,Billing,Mail\r\n");
    expect(reading.rows).toEqual([]);
    expect(reading.problems).toEqual([
      { row: 1, column: "Source field", message: "this column is in the header row more than once (columns B, D): keep one" },
      { row: 1, column: "Target field", message: "this column is missing from the header row" },
    ]);
  });

  it("reports cells with no column: past the last one, or under a blank header", () => {
    const noHeader = paste(`${EMAIL}\t\t\t\t\tSurprise`);
    expect(noHeader.problems).toEqual([{ row: 1, column: "Column L", message: "this cell is to the right of the sheet's last column" }]);
    const blankHeader = paste(`${HEADER}\t\tConflict rule\n${EMAIL}\tlost\tCRM wins\n`);
    expect(blankHeader.problems).toEqual([{ row: 2, column: "Column H", message: "this cell has no header above it" }]);
  });
});

describe("readMappingSheet, cells", () => {
  it("names the row and column of an unknown enum value, counting the header row", () => {
    const reading = paste(`${HEADER}\n${EMAIL}\n${EMAIL.replace("One-way", "Sideways")}\n`);
    expect(reading).toEqual({
      rows: [],
      problems: [{ row: 3, column: "Sync direction", message: 'expected one of One-way, Bi-directional (got "Sideways")' }],
    });
  });

  it("refuses formulas in any column, whatever the cell holds after the sign", () => {
    const reading = paste(`${HEADER}\n=HYPERLINK("https://evil.test","Contact")\tCRM\t+SUM(A1)\tSupport desk\t@cmd\tValue\t-1\n`);
    expect(reading.rows).toEqual([]);
    expect(reading.problems).toEqual(
      ["Business object", "Source field", "Target field", "Sync direction"].map((column) => ({ row: 2, column, message: FORMULA_PROBLEM })),
    );
  });

  it("takes back the apostrophe the export puts before a formula-like value", () => {
    expect(csv("Source system,Source field,Target system,Target field\r\nCRM,'-amount,Billing,'=total\r\n").rows).toEqual([
      { sourceSystem: "crm", sourceField: "-amount", targetSystem: "billing", targetField: "=total" },
    ]);
  });

  it("reads yes/no, true/false and 1/0 in any case, and names anything else", () => {
    const reading = paste("Source field\tRequired\tSource system\tTarget system\tTarget field\na\tTRUE\nb\tno\nc\t1\nd\tfalse\ne\tmaybe\n");
    expect(reading.problems).toEqual([{ row: 6, column: "Required", message: 'expected Yes or No (got "maybe")' }]);
    const fine = paste("Source field\tRequired\tSource system\tTarget system\tTarget field\na\tTRUE\nb\tno\nc\t1\nd\tFalse\n");
    expect(fine.rows.map((row) => row.required)).toEqual([true, false, true, false]);
  });

  it("reads custom objects and objects by label or key", () => {
    const reading = paste("Contact\nInvoice / payment\ninvoice\nCustom:Subscription\ncustom:  Renewal \n");
    expect(reading.rows.map((row) => row.object)).toEqual(["contact", "invoice", "invoice", "custom:Subscription", "custom:  Renewal"]);
    expect(paste("custom:\n").problems).toEqual([{ row: 1, column: "Business object", message: expect.stringContaining("custom:<name>") }]);
  });

  it("reads a value map from a multi-line cell and names a pair without its =", () => {
    const values = paste('Contact\tCRM\tStatus\tSupport desk\tstate\tStatus\t\t\t\t\t"Open=Active - In Progress\nClosed=Done;"\n');
    expect(values.rows[0]?.valueMap).toEqual([
      { from: "Open", to: "Active - In Progress" },
      { from: "Closed", to: "Done" },
    ]);
    const broken = paste("Value map\tSource system\tSource field\tTarget system\tTarget field\nOpen=Active; Closed\n");
    expect(broken.problems).toEqual([
      { row: 2, column: "Value map", message: expect.stringMatching(/^pair 2 has no "=" \(got "Closed"\)/) },
    ]);
  });

  it("passes the framework's own limits on as cell problems", () => {
    const pairs = Array.from({ length: 501 }, (_, index) => `s${index}=t${index}`).join("; ");
    const reading = paste(`Contact\tCRM\t${"x".repeat(501)}\tBilling\tna\u0007me\tStatus\t\t\t\t\t${pairs}\n`);
    expect(reading.problems).toEqual([
      { row: 1, column: "Source field", message: "too long: at most 500 characters" },
      { row: 1, column: "Target field", message: expect.stringContaining("control character") },
      { row: 1, column: "Value map", message: "too many entries: at most 500" },
    ]);
    const longPair = paste(`\t\t\t\t\t\t\t\t\t\tOpen=${"y".repeat(501)}\n`);
    expect(longPair.problems).toEqual([{ row: 1, column: "Value map", message: "pair 1, target value: too long: at most 500 characters" }]);
  });

  it("names a cell holding a character that could not be read (one among many readable ones)", () => {
    const rows = "Email,CRM,ERP,email_address\r\n".repeat(20);
    expect(csv(`Source field,Source system,Target system,Target field\r\n${rows}Caf\uFFFD,CRM,ERP,x\r\n`).problems).toEqual([
      { row: 22, column: "Source field", message: expect.stringContaining("could not be read") },
    ]);
  });
});
