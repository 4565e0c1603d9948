import { describe, expect, it } from "vitest";
import {
  DATE_FORMATS,
  DATE_FORMAT_LABELS,
  DEFAULT_DATE_FORMAT,
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatDayMonth,
  formatTime,
  isDateFormat,
  snapshotLabel,
} from "@/lib/utils/format-date";

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

describe("format-date in each organization date format", () => {
  const afternoon = "2026-12-05T14:27:41Z";
  const midnight = "2026-03-04T00:00:09Z";
  const noon = "2026-03-04T12:05:00Z";

  it.each([
    ["day_month_year", "5 Dec 2026", "5 Dec 2026, 14:27 UTC", "4 Mar 2026, 00:00:09 UTC", "4 Mar 2026, 12:05 UTC"],
    ["month_day_year", "Dec 5, 2026", "Dec 5, 2026, 2:27 PM UTC", "Mar 4, 2026, 12:00:09 AM UTC", "Mar 4, 2026, 12:05 PM UTC"],
    ["iso", "2026-12-05", "2026-12-05 14:27 UTC", "2026-03-04 00:00:09 UTC", "2026-03-04 12:05 UTC"],
    ["numeric_dmy", "05.12.2026", "05.12.2026, 14:27 UTC", "04.03.2026, 00:00:09 UTC", "04.03.2026, 12:05 UTC"],
  ] as const)("%s: a date, a time, midnight and noon", (format, date, dateTime, atMidnight, atNoon) => {
    expect(formatDate(afternoon, { format })).toBe(date);
    expect(formatDateTime(afternoon, { format })).toBe(dateTime);
    expect(formatDateTime(midnight, { format, seconds: true })).toBe(atMidnight);
    expect(formatDateTime(noon, { format })).toBe(atNoon);
  });

  it.each([
    ["day_month_year", "9 Jan 2026", "9 January 2026", "9 Jan", "9 Jan 26"],
    ["month_day_year", "Jan 9, 2026", "January 9, 2026", "Jan 9", "Jan 9 '26"],
    ["iso", "2026-01-09", "2026-01-09", "01-09", "26-01-09"],
    ["numeric_dmy", "09.01.2026", "09.01.2026", "09.01.", "09.01.26"],
  ] as const)("%s: a single-digit day, long months and axis labels", (format, short, long, axis, axisWithYear) => {
    expect(formatDate("2026-01-09", { format })).toBe(short);
    expect(formatDate("2026-01-09", { format, months: "long" })).toBe(long);
    expect(formatDayMonth("2026-01-09", { format })).toBe(axis);
    expect(formatDayMonth("2026-01-09", { format, shortYear: true })).toBe(axisWithYear);
  });

  it("reads a bare day as that day in UTC, not the evening before", () => {
    expect(formatDate("2026-12-31", { format: "iso" })).toBe("2026-12-31");
    expect(formatDateTime("2026-12-31", { format: "numeric_dmy" })).toBe("31.12.2026, 00:00 UTC");
  });

  it("shows an unreadable value as given in every format", () => {
    for (const format of DATE_FORMATS) {
      expect(formatDate("not a date", { format })).toBe("not a date");
      expect(formatDateTime("2026-13-45", { format })).toBe("2026-13-45");
      expect(formatTime(new Date(Number.NaN), { format })).toBe("Invalid Date");
      expect(formatDayMonth("", { format })).toBe("");
    }
  });

  it("keeps the default format when none is given, and labels every format by example", () => {
    expect(formatDate(afternoon)).toBe(formatDate(afternoon, { format: DEFAULT_DATE_FORMAT }));
    expect(snapshotLabel({ number: 4, createdAt: afternoon }, { format: "iso" })).toBe("Revision 4 · 2026-12-05 14:27:41 UTC");
    expect(Object.keys(DATE_FORMAT_LABELS)).toEqual([...DATE_FORMATS]);
    expect(DATE_FORMAT_LABELS.month_day_year).toBe("Dec 5, 2026, 2:27 PM UTC");
    expect(DATE_FORMAT_LABELS.iso).toBe("2026-12-05 14:27 UTC (ISO 8601)");
    expect(isDateFormat("iso")).toBe(true);
    expect(isDateFormat("ISO")).toBe(false);
  });
});

describe("formatDateTimeRange", () => {
  const at = (iso: string) => new Date(iso);

  it("writes a span within one day once, and across days in full", () => {
    expect(formatDateTimeRange(at("2026-12-05T12:01:00Z"), at("2026-12-05T12:27:00Z"))).toBe("5 Dec 2026, 12:01–12:27 UTC");
    expect(formatDateTimeRange(at("2026-12-05T09:01:00Z"), at("2026-12-05T14:27:00Z"), { format: "month_day_year" })).toBe(
      "Dec 5, 2026, 9:01 AM–2:27 PM UTC",
    );
    expect(formatDateTimeRange(at("2026-12-05T12:01:00Z"), at("2026-12-05T12:27:00Z"), { format: "iso" })).toBe(
      "2026-12-05 12:01–12:27 UTC",
    );
    expect(formatDateTimeRange(at("2026-12-04T23:50:00Z"), at("2026-12-05T00:10:00Z"), { format: "numeric_dmy" })).toBe(
      "04.12.2026, 23:50 UTC – 05.12.2026, 00:10 UTC",
    );
    expect(formatDateTimeRange(at("2026-12-05T12:27:00Z"), at("2026-12-05T12:27:00Z"))).toBe("5 Dec 2026, 12:27 UTC");
  });
});
