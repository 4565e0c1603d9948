import { describe, expect, it } from "vitest";
import { filterChoices, filteredIndices, isFiltering, rowForFilter, rowMatches } from "@/lib/integration-plan/filter-rows";
import { MAX_SHEET_CHARACTERS, roomProblem, sizeProblem } from "@/lib/integration-plan/import-limits";
import { objectFromText, objectText } from "@/lib/integration-plan/object-cell";
import { LIMITS } from "@/lib/readiness";

const rows = [
  { object: "contact", sourceSystem: "crm", targetSystem: "support_desk" },
  { object: "account", sourceSystem: "billing", targetSystem: "crm" },
  { object: "custom:Lead score", sourceSystem: "marketing_automation", targetSystem: "crm" },
  {},
  { object: "contact", sourceSystem: "support_desk", targetSystem: "billing" },
];

describe("filtering the mapping sheet", () => {
  it("keeps the rows of one object, in order, by document index", () => {
    expect(filteredIndices(rows, { object: "contact" })).toEqual([0, 4]);
    expect(filteredIndices(rows, { object: "custom:Lead score" })).toEqual([2]);
  });

  it("matches a system on either side, and combines with the object", () => {
    expect(filteredIndices(rows, { system: "billing" })).toEqual([1, 4]);
    expect(filteredIndices(rows, { system: "crm", object: "contact" })).toEqual([0]);
    expect(rowMatches({}, { system: "crm" })).toBe(false);
  });

  it("offers only the objects and systems the sheet names", () => {
    expect(filterChoices(rows)).toEqual({
      objects: ["contact", "account", "custom:Lead score"],
      systems: ["crm", "support_desk", "billing", "marketing_automation"],
    });
    expect(isFiltering({})).toBe(false);
    expect(isFiltering({ system: "crm" })).toBe(true);
  });

  it("starts a row added under a filter with what the filter shows", () => {
    const added = rowForFilter({ object: "account", system: "billing" });
    expect(added).toEqual({ object: "account", sourceSystem: "billing" });
    expect(rowMatches(added, { object: "account", system: "billing" })).toBe(true);
    expect(rowForFilter({})).toEqual({});
  });
});

describe("the object cell", () => {
  it("reads a built-in object by label or key, loosely, and anything else as a custom object", () => {
    expect(objectFromText("Contact")).toBe("contact");
    expect(objectFromText(" contact ")).toBe("contact");
    expect(objectFromText("Lead score")).toBe("custom:Lead score");
    expect(objectFromText("CUSTOM:contact")).toBe("custom:contact");
    expect(objectFromText("   ")).toBeUndefined();
  });

  it("shows a built-in object by its label and a custom one by its name", () => {
    expect(objectText("contact")).toBe("Contact");
    expect(objectText("custom:Lead score")).toBe("Lead score");
    expect(objectText(undefined)).toBe("");
    expect(objectFromText(objectText("account"))).toBe("account");
  });
});

describe("what a paste or a file may hold", () => {
  it("refuses text past the size cap before reading it", () => {
    expect(sizeProblem(MAX_SHEET_CHARACTERS)).toBeNull();
    expect(sizeProblem(MAX_SHEET_CHARACTERS + 1)?.message).toMatch(/too large for a mapping sheet/);
    expect(sizeProblem(MAX_SHEET_CHARACTERS + 1)?.row).toBe(0);
  });

  it("says when added rows would take the sheet past the row limit", () => {
    expect(roomProblem(LIMITS.rows - 50, 50)).toBeNull();
    expect(roomProblem(LIMITS.rows - 50, 51)).toBe("The sheet would hold 2,001 rows; it holds at most 2,000.");
  });
});
