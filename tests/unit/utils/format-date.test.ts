import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, snapshotLabel } from "@/lib/utils/format-date";

describe("format-date", () => {
  const at = new Date("2026-12-05T12:27:41.500Z");

  it("writes one style everywhere, in UTC", () => {
    expect(formatDate(at)).toBe("5 Dec 2026");
    expect(formatDate("2026-01-09")).toBe("9 Jan 2026");
    expect(formatDateTime(at)).toBe("5 Dec 2026, 12:27 UTC");
    expect(formatDateTime("2026-12-31T23:05:00Z")).toBe("31 Dec 2026, 23:05 UTC");
    expect(formatTime(at, { seconds: true })).toBe("12:27:41");
  });

  it("tells two snapshots of the same minute apart", () => {
    const a = snapshotLabel({ number: 2, createdAt: "2026-12-05T12:27:03Z" });
    const b = snapshotLabel({ number: 3, createdAt: "2026-12-05T12:27:41Z" });
    expect(b).toBe("Revision 3 · 5 Dec 2026, 12:27:41 UTC");
    expect(a).not.toBe(b);
  });

  it("shows an unreadable value as given rather than 'Invalid Date'", () => {
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatDateTime("")).toBe("");
  });
});
