import { describe, expect, it } from "vitest";
import { FIELD_MAPPING_FIELDS, fieldMappingRowSchema } from "@/lib/readiness";
import { columnForHeader, SHEET_COLUMNS } from "@/lib/integration-plan";
import { readValueMap, writeValueMap } from "@/lib/integration-plan/value-map";

describe("SHEET_COLUMNS", () => {
  it("lists every field of a mapping row once, in the schema's order, headed by the framework's label", () => {
    expect(SHEET_COLUMNS.map((each) => each.key)).toEqual(Object.keys(fieldMappingRowSchema.shape));
    expect(SHEET_COLUMNS.map((each) => each.label)).toEqual(SHEET_COLUMNS.map((each) => FIELD_MAPPING_FIELDS[each.key].label));
  });

  it("finds a column by its label or key, whatever the case, spaces or separators", () => {
    for (const header of ["Sync direction", "sync  DIRECTION", "direction", "Direction"])
      expect(columnForHeader(header)?.key).toBe("direction");
    for (const header of ["sourceSystem", "source_system", "Source-System", " source system "]) {
      expect(columnForHeader(header)?.key).toBe("sourceSystem");
    }
    expect(columnForHeader("Transformation")?.key).toBe("transform");
    expect(columnForHeader("Owner")).toBeUndefined();
  });

  it("reads enumerations by label or key and writes their labels", () => {
    const kind = SHEET_COLUMNS.find((each) => each.key === "kind");
    expect(kind?.read("Status (set of states)")).toEqual({ ok: true, value: "status" });
    expect(kind?.read("STATUS")).toEqual({ ok: true, value: "status" });
    expect(kind?.write({ kind: "identifier" })).toBe("Identifier");
    const source = SHEET_COLUMNS.find((each) => each.key === "sourceSystem");
    expect(source?.read("marketing_automation")).toEqual({ ok: true, value: "marketing_automation" });
    expect(source?.read("Marketing Automation")).toEqual({ ok: true, value: "marketing_automation" });
    expect(source?.write({ sourceSystem: "support_desk" })).toBe("Support desk");
    expect(source?.write({})).toBe("");
  });
});

describe("value map cell", () => {
  it("reads pairs separated by semicolons or line breaks, trimmed, blank sides left out", () => {
    expect(readValueMap("Open = Active - In Progress ;Closed=Done\r\nPending=\n=Lost;;")).toEqual({
      ok: true,
      value: [{ from: "Open", to: "Active - In Progress" }, { from: "Closed", to: "Done" }, { from: "Pending" }, { to: "Lost" }],
    });
  });

  it("takes the first = as the separator and a backslash as making the next character plain", () => {
    expect(readValueMap("a\\=b=c=d; x\\;y=z\\\\")).toEqual({
      ok: true,
      value: [
        { from: "a=b", to: "c=d" },
        { from: "x;y", to: "z\\" },
      ],
    });
  });

  it("writes what it reads, escaping only where it must", () => {
    const pairs = [{ from: "a=b;c", to: "d=e;f" }, { from: "line\nbreak", to: "back\\slash" }, { to: "only target" }];
    const cell = writeValueMap(pairs);
    expect(cell).toBe("a\\=b\\;c=d=e\\;f; line\\\nbreak=back\\\\slash; =only target");
    expect(readValueMap(cell)).toEqual({ ok: true, value: pairs });
  });

  it("names the pair that lacks its =", () => {
    expect(readValueMap("Open=Active\nClosed")).toEqual({
      ok: false,
      message: 'pair 2 has no "=" (got "Closed"): write each pair as source=target, pairs separated by ";"',
    });
  });
});
