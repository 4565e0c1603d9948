import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAPPING_KINDS, OBJECTS, SYNC_DIRECTIONS, SYSTEMS, textProblem, type FieldMappingRow } from "@/lib/readiness";
import { readMappingSheet, writeMappingSheet } from "@/lib/integration-plan";

const HEADER =
  "Business object,Source system,Source field,Target system,Target field,Kind,Transformation,Required,Sync direction,Conflict rule,Value map";

describe("writeMappingSheet", () => {
  it("writes the header row, labels for enumerations, Yes/No and the value-map cell", () => {
    const csv = writeMappingSheet([
      {
        object: "ticket",
        sourceSystem: "itsm",
        sourceField: "state",
        targetSystem: "support_desk",
        targetField: "status",
        kind: "status",
        transform: "trim, upper-case",
        required: false,
        direction: "bidirectional",
        conflictRule: "=newest wins",
        valueMap: [{ from: "open", to: "Open" }],
      },
    ]);
    expect(csv).toBe(
      `${HEADER}\r\nTicket,ITSM,state,Support desk,status,Status (set of states),"trim, upper-case",No,Bi-directional,'=newest wins,open=Open\r\n`,
    );
    expect(parse(csv)).toHaveLength(2);
  });

  it("writes only the header for an empty sheet, which reads back as no rows", () => {
    expect(writeMappingSheet([])).toBe(`${HEADER}\r\n`);
    expect(readMappingSheet(writeMappingSheet([]), { format: "csv" })).toEqual({ rows: [], problems: [] });
  });
});

/**
 * Text a person could have typed in a cell: non-blank, without white space at either end
 * (cells are read trimmed), storable, and not the rare value that itself starts with an
 * apostrophe before a formula sign (the import takes that apostrophe for the export's own).
 */
const tricky = fc
  .array(fc.constantFrom("a", "Z", " ", ",", ";", "=", "\\", '"', "'", "-", "+", "@", "\n", "\r\n", "\t", "é", "😀", "ß"), {
    minLength: 1,
    maxLength: 12,
  })
  .map((pieces) => pieces.join(""));
const cellText = fc
  .oneof(fc.string({ minLength: 1, maxLength: 30 }), tricky)
  .filter((text) => text.trim() === text && text !== "" && textProblem(text) === null && !/^'[=+\-@\t\r]/.test(text));

const customName = cellText.filter((name) => !/[\r\n]/.test(name));

const mappingRow: fc.Arbitrary<FieldMappingRow> = fc.record(
  {
    // The schema wants a custom object's name on one line.
    object: fc.oneof(
      fc.constantFrom(...OBJECTS),
      customName.map((name) => `custom:${name}` as const),
    ),
    sourceSystem: fc.constantFrom(...SYSTEMS),
    sourceField: cellText,
    targetSystem: fc.constantFrom(...SYSTEMS),
    targetField: cellText,
    kind: fc.constantFrom(...MAPPING_KINDS),
    transform: cellText,
    required: fc.boolean(),
    direction: fc.constantFrom(...SYNC_DIRECTIONS),
    conflictRule: cellText,
    valueMap: fc.array(fc.record({ from: cellText, to: cellText }, { requiredKeys: [] }), { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: [] },
);

describe("export → import", () => {
  it("gives back the same rows (a row with no value at all is a blank row, and blank rows are skipped)", () => {
    fc.assert(
      fc.property(fc.array(mappingRow, { maxLength: 12 }), (rows) => {
        const reading = readMappingSheet(writeMappingSheet(rows), { format: "csv" });
        expect(reading.problems).toEqual([]);
        expect(reading.rows).toEqual(rows.filter((row) => Object.keys(row).length > 0));
      }),
      { numRuns: 200 },
    );
  });
});
