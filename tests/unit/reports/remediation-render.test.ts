/**
 * The remediation plan's section in a rendered report, read back with pdftotext and
 * pdfinfo: a plan of 60 items flows over pages with its windows, titles, owners and due
 * dates, every page stays A4, the summary has its line, and a report without a plan says
 * nothing about one.
 */
import { describe, expect, it } from "vitest";
import { renderReportPdf } from "@/lib/reports/render-report";
import { draftInput, example, flat, flatText, LONG_ITEM_TITLE, pdfPageSizes, pdfPageTexts, planOf, snapshotInput } from "./fixtures";

const SLOW = 180_000;
const A4: [number, number] = [595.28, 841.89];

function expectText(text: string, ...needles: string[]) {
  const missing = needles.filter((needle) => !text.includes(needle));
  expect(missing, `missing from the PDF text (${text.length} characters)`).toEqual([]);
}

describe("the remediation plan in the report", () => {
  it("prints a 60-item plan by window after the findings, on A4 pages, with the summary's line", { timeout: SLOW }, async () => {
    const pdf = await renderReportPdf(draftInput(example("blocked"), { remediation: planOf(60) }));
    const pages = pdfPageTexts(pdf).map(flat);
    const text = pages.join(" ");
    expectText(
      text,
      "The 90-day remediation plan",
      "Plan as of 20 March 2025, day 1 on 1 March 2025.",
      "Days 1–30 · until 30 March 2025",
      "Days 31–60 · until 29 April 2025",
      "Days 61–90 · until 29 May 2025",
      "Remediation item 1",
      "Remediation item 60",
      // A long title wraps in its cell: all of it is there.
      LONG_ITEM_TITLE,
      "Zoë Müller",
      "Unassigned",
      "6 March 2025",
      "Overdue",
      "Done, still firing",
      "9 resolved by saves",
    );
    // Items resolved by saves are counted, not listed (items 16 to 18 are the first resolved ones).
    expect(text).not.toContain("Remediation item 16 ");
    expect(pages[1]).toMatch(/Remediation plan: \d+ open items, \d+ overdue, 9 resolved by saves/);
    // After the findings and before the questions; the table runs onto further pages with its header again.
    expect(text.indexOf("The 90-day remediation plan")).toBeGreaterThan(
      text.indexOf("Blockers and warnings", text.indexOf("Contents") + 200),
    );
    expect(text.indexOf("The 90-day remediation plan")).toBeLessThan(
      text.indexOf("The nine readiness questions", text.indexOf("Where the integration stands")),
    );
    expect(pages.filter((page) => page.includes("Remediation plan · Days")).length).toBeGreaterThan(0);
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBe(pages.length);
    expect(sizes.filter(([w, h]) => w !== A4[0] || h !== A4[1])).toEqual([]);
  });

  it("says nothing about a plan when the project has none", { timeout: SLOW }, async () => {
    const text = flatText(await renderReportPdf(snapshotInput(example("blocked"))));
    expect(text).toContain("Blockers and warnings");
    expect(text).not.toContain("Remediation plan");
    expect(text).not.toContain("90-day");
  });
});
