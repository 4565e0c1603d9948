import { describe, expect, it } from "vitest";
import { activeFilters } from "@/lib/dashboard/active-filters";
import { paybackText, phaseKey, phaseLabel } from "@/lib/dashboard/rollout-phase";
import { parseTableQuery, toSearchParams } from "@/lib/dashboard/table-query";

describe("the table query's rollout phase and payback (issue #17)", () => {
  it("reads the phase filter and the new sort keys, and writes them back", () => {
    const query = parseTableQuery({ phase: "pilot", sort: "payback", dir: "desc" });
    expect(query).toMatchObject({ phase: "pilot", sort: "payback", dir: "desc" });
    expect(toSearchParams(query)).toBe("?phase=pilot&sort=payback&dir=desc");
    expect(parseTableQuery({ phase: ["none", "pilot"], sort: "phase" })).toMatchObject({ phase: "none", sort: "phase" });
  });

  it("falls back on its own for a phase or sort it does not know, keeping the other fields", () => {
    const query = parseTableQuery({ phase: "launch", sort: "roi", verdict: "ready" });
    expect(query.phase).toBeUndefined();
    expect(query).toMatchObject({ sort: "verdict", verdict: "ready" });
  });

  it("names the phase in words, in the chip too", () => {
    expect(phaseKey("controlled_write")).toBe("controlled_write");
    expect(phaseKey("")).toBe("unstaged");
    expect(phaseKey(null)).toBeNull();
    expect(phaseLabel("pilot")).toBe("Pilot");
    expect(phaseLabel("none")).toBe("No current phase");
    const [chip] = activeFilters(parseTableQuery({ phase: "unstaged" }), []);
    expect(chip).toMatchObject({ key: "phase", label: "Rollout phase: Phase without a stage" });
    expect(chip?.without.phase).toBeUndefined();
  });

  it("writes the payback in months, 'Never' when the figures never pay back, a dash without figures", () => {
    expect(paybackText(3.456, true)).toBe("3.5 mo");
    expect(paybackText(null, true)).toBe("Never");
    expect(paybackText(null, false)).toBe("—");
  });
});
