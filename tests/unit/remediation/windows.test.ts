import { describe, expect, it } from "vitest";
import { addDays, daysBetween, dueDateFor, windowFor } from "@/lib/remediation";

const START = "2027-01-04";

describe("calendar arithmetic", () => {
  it("adds days across month, year and leap-day boundaries in UTC", () => {
    expect(addDays("2027-01-31", 1)).toBe("2027-02-01");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    // A European daylight-saving change (28 March 2027) moves nothing: every day is 24 h in UTC.
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(daysBetween("2027-01-04", "2027-02-02")).toBe(29);
    expect(daysBetween("2027-02-02", "2027-01-04")).toBe(-29);
  });

  it("rejects dates that do not exist and fractional day counts", () => {
    expect(() => addDays("2027-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2027-1-4", 1)).toThrow(RangeError);
    expect(() => addDays(START, 1.5)).toThrow(RangeError);
  });
});

describe("windows", () => {
  it("puts every blocker in days 1–30 whatever its track", () => {
    for (const track of ["launch-gate", "safe-writes", "semantics", "observability"] as const) {
      expect(windowFor("blocker", track)).toBe("days-1-30");
    }
  });

  it("puts warnings and info in their track's window; launch gates in days 1–30", () => {
    expect(windowFor("warning", "launch-gate")).toBe("days-1-30");
    expect(windowFor("warning", "safe-writes")).toBe("days-1-30");
    expect(windowFor("warning", "semantics")).toBe("days-31-60");
    expect(windowFor("warning", "observability")).toBe("days-61-90");
    expect(windowFor("info", "semantics")).toBe("days-31-60");
  });
});

describe("due dates", () => {
  it("dates a warning on the last day of its window, counting the start as day 1", () => {
    expect(dueDateFor("days-1-30", "warning", START, null)).toBe("2027-02-02");
    expect(dueDateFor("days-31-60", "warning", START, null)).toBe("2027-03-04");
    expect(dueDateFor("days-61-90", "warning", START, null)).toBe("2027-04-03");
    // A launch date never moves a warning.
    expect(dueDateFor("days-1-30", "warning", START, "2027-01-10")).toBe("2027-02-02");
  });

  it("dates a blocker on day 30 without a launch date", () => {
    expect(dueDateFor("days-1-30", "blocker", START, null)).toBe("2027-02-02");
  });

  it("dates a blocker on the launch date when it falls within days 1–30 (both ends included)", () => {
    expect(dueDateFor("days-1-30", "blocker", START, "2027-01-20")).toBe("2027-01-20");
    expect(dueDateFor("days-1-30", "blocker", START, START)).toBe(START);
    expect(dueDateFor("days-1-30", "blocker", START, "2027-02-02")).toBe("2027-02-02");
  });

  it("dates a blocker on day 30 when the launch is later than that", () => {
    expect(dueDateFor("days-1-30", "blocker", START, "2027-02-03")).toBe("2027-02-02");
    expect(dueDateFor("days-1-30", "blocker", START, "2027-06-01")).toBe("2027-02-02");
  });

  it("dates a blocker on the start date when the launch date lies before the start", () => {
    expect(dueDateFor("days-1-30", "blocker", START, "2027-01-03")).toBe(START);
    expect(dueDateFor("days-1-30", "blocker", START, "2026-06-01")).toBe(START);
  });
});
