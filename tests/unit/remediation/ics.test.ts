import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, ICS_PRODID, planToIcs, type ExportItem } from "@/lib/remediation";

const item = (over: Partial<ExportItem>): ExportItem => ({
  key: "HIGH_TIER_WITHOUT_APPROVAL@answers.actions.1",
  title: "High-tier action without human approval",
  message: "Action “Issue refund” is high tier.",
  remediation: "Require a human to approve.",
  severity: "blocker",
  track: "safe-writes",
  dueDate: "2027-02-02",
  status: "open",
  assigneeEmail: null,
  ...over,
});

const TRICKY_TITLE = "Refunds, fast; safe\\slow\nsecond line 🚀 Zoë 東京";
const LONG = `${"Ünïcödé 🚀 text, with; separators. ".repeat(9)}end`.slice(0, 300);

function icsOf(items: ExportItem[]) {
  return planToIcs({
    projectId: "proj_1",
    projectName: "Refund desk",
    items,
    generatedAt: "2027-01-04T09:30:15.123Z",
    uidDomain: "preflight.test",
  });
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

describe("planToIcs", () => {
  it("parses back with ical.js: calendar properties and every field of each event", () => {
    const text = icsOf([
      item({}),
      item({
        key: "W@plan.kpis.2",
        title: TRICKY_TITLE,
        message: LONG,
        severity: "warning",
        track: "observability",
        dueDate: "2027-12-31",
        link: "https://app.test/p/1#plan.kpis.2",
      }),
    ]);
    const { calendar, events: vevents } = events(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe(ICS_PRODID);
    expect(vevents).toHaveLength(2);

    const [first, second] = vevents.map((vevent) => new ICAL.Event(vevent)) as [ICAL.Event, ICAL.Event];
    expect(first.summary).toBe("Refund desk: High-tier action without human approval");
    expect(first.description).toBe("Action “Issue refund” is high tier.\n\nHow to fix: Require a human to approve.");
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe("2027-02-02");
    expect(first.endDate.toString()).toBe("2027-02-03");
    expect(first.uid).toBe("remediation-proj_1-HIGH_TIER_WITHOUT_APPROVAL%40answers.actions.1@preflight.test");
    expect(vevents[0]!.getFirstPropertyValue("dtstamp")?.toString()).toBe("2027-01-04T09:30:15Z");
    expect(vevents[0]!.getFirstProperty("categories")?.getValues()).toEqual(["safe-writes", "blocker"]);
    expect(vevents[0]!.getFirstPropertyValue("url")).toBeNull();

    expect(second.summary).toBe(`Refund desk: ${TRICKY_TITLE}`);
    expect(second.description).toBe(`${LONG}\n\nHow to fix: Require a human to approve.\n\nField: https://app.test/p/1#plan.kpis.2`);
    expect(second.startDate.toString()).toBe("2027-12-31");
    expect(second.endDate.toString()).toBe("2028-01-01");
    expect(vevents[1]!.getFirstProperty("categories")?.getValues()).toEqual(["observability", "warning"]);
    expect(vevents[1]!.getFirstPropertyValue("url")).toBe("https://app.test/p/1#plan.kpis.2");
  });

  it("ends lines in CRLF and folds at 75 octets without splitting a UTF-8 character", () => {
    const text = icsOf([item({ title: TRICKY_TITLE, message: LONG })]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      const bytes = Buffer.from(line, "utf8");
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      // A split character would decode to U+FFFD.
      expect(bytes.toString("utf8")).not.toContain("\uFFFD");
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });

  it("keeps UIDs stable per project and key, whatever else changes", () => {
    const uid = (text: string) => events(text).events[0]!.getFirstPropertyValue("uid");
    const base = uid(icsOf([item({})]));
    expect(uid(icsOf([item({ title: "Renamed", dueDate: "2027-03-01", message: "New" })]))).toBe(base);
    expect(uid(icsOf([item({ key: "OTHER@answers.actions.1" })]))).not.toBe(base);
    const otherProject = planToIcs({
      projectId: "proj_2",
      projectName: "Refund desk",
      items: [item({})],
      generatedAt: "2027-01-04T09:30:15Z",
      uidDomain: "preflight.test",
    });
    expect(uid(otherProject)).not.toBe(base);
  });

  it("rejects an unreadable timestamp", () => {
    expect(() => planToIcs({ projectId: "p", projectName: "x", items: [], generatedAt: "yesterday", uidDomain: "d" })).toThrow(RangeError);
  });
});

describe("escapeText and foldLine", () => {
  it("escapes backslash, semicolon, comma and every kind of line break, and drops control characters", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg\u0007h\ti")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
  });

  it("leaves short lines alone and folds long ones at exactly 75 octets", () => {
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
    const folded = foldLine("x".repeat(160)).split("\r\n");
    // 75 + 74 + 11 characters of content: each continuation spends one octet on its leading space.
    expect(folded.map((line) => line.length)).toEqual([75, 75, 12]);
    expect(folded.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    // 74 ASCII octets then a 4-octet emoji: the emoji moves whole to the next line.
    const emoji = foldLine(`${"y".repeat(74)}🚀z`).split("\r\n");
    expect(emoji).toEqual(["y".repeat(74), " 🚀z"]);
  });
});
