import { describe, expect, it } from "vitest";
import { looksLikeRows, sheetFileName } from "@/components/workspace/mapping-sheet/sheet-transfer";

describe("what the mapping grid takes as pasted rows", () => {
  it("takes cells and lines copied from a spreadsheet", () => {
    expect(looksLikeRows("Contact\tCRM\tEmail")).toBe(true);
    expect(looksLikeRows("Email\nPhone")).toBe(true);
    expect(looksLikeRows("Email\r\nPhone\r\n")).toBe(true);
  });

  it("leaves one value, even with the line end a spreadsheet adds, to the cell it is pasted into", () => {
    expect(looksLikeRows("requester_email")).toBe(false);
    expect(looksLikeRows("requester_email\r\n")).toBe(false);
    expect(looksLikeRows("requester_email\n")).toBe(false);
  });
});

describe("the exported sheet's file name", () => {
  it("is the project's name as a slug, as in the report's and the remediation plan's file names", () => {
    expect(sheetFileName("Northwind — Support onboarding")).toBe("northwind-support-onboarding-mapping-sheet.csv");
    expect(sheetFileName("Łódź CRM sync")).toBe("lodz-crm-sync-mapping-sheet.csv");
    expect(sheetFileName("???")).toBe("project-mapping-sheet.csv");
  });
});
