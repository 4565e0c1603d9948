/**
 * Every page of a rendered report read back with pdfinfo and pdftotext: the paper size of
 * each page (A4 by default, Letter when the organization chose it), no empty page, the
 * running header and "Page N of M" on every page after the cover, and long names whole.
 * The typical (also as react-pdf paginates it, in safe mode), the branded (logo, longest
 * names) and a long report split over two render threads and joined.
 */
import { describe, expect, it } from "vitest";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import type { PaperSize } from "@/lib/reports/paper";
import { renderWholeReport } from "@/lib/reports/render-part";
import { renderReportPdf, type ReportInput } from "@/lib/reports/render-report";
import { sampleLogoPng } from "@/lib/reports/sample-logo";
import { example, flat, pdfPageSizes, pdfPageTexts, snapshotInput } from "./fixtures";

const SLOW = 180_000;
const SIZES: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };
// Ordinary words only: a word longer than 14 letters may be hyphenated at a line end.
const LONG_CASE =
  "Customer asks for a refund of an invoice that was already refunded through the old billing system during the migration weekend";
const LONGEST_NAME = `Northwind Revenue Operations and Customer Success International Holdings, Europe, Middle East and Africa`.slice(
  0,
  120,
);

function onPaper(input: ReportInput, paperSize: PaperSize, logo = false): ReportInput {
  return {
    ...input,
    organization: { ...input.organization, paperSize, logo: logo ? { data: sampleLogoPng(), mimeType: "image/png" } : null },
  };
}

/** Every page on the paper, text on every page, the header and page number on all but the cover. */
function expectPages(pdf: Buffer, paper: PaperSize, header: { organization: string; project: string }) {
  const sizes = pdfPageSizes(pdf);
  const texts = pdfPageTexts(pdf).map(flat);
  expect(sizes.length).toBeGreaterThan(4);
  expect(texts).toHaveLength(sizes.length);
  const wrong = sizes
    .map((size, i) => ({ page: i + 1, size }))
    .filter(({ size }) => size[0] !== SIZES[paper][0] || size[1] !== SIZES[paper][1]);
  expect(wrong, `pages not on ${paper}`).toEqual([]);
  const total = sizes.length;
  expect(texts[0]).not.toMatch(/Page \d+ of \d+/);
  const problems = texts.slice(1).flatMap((text, i) => {
    const page = i + 2;
    const missing = [header.organization, header.project, `Page ${page} of ${total}`].filter((needle) => !text.includes(needle));
    return missing.length > 0 ? [`page ${page}: ${missing.join(", ")}`] : [];
  });
  expect(problems).toEqual([]);
  // The summary follows the cover directly: page 2 is never a cover's spill-over.
  expect(texts[1]).toContain("Where the integration stands");
  return texts;
}

describe("report pages", () => {
  it("prints the typical report on A4, numbered, with the header on every page after the cover", { timeout: SLOW }, async () => {
    const input = snapshotInput(example("blocked"), {
      previous: {
        createdAt: "2025-02-03T16:20:00.000Z",
        document: example("ready"),
        evaluation: snapshotInput(example("ready")).evaluation,
      },
    });
    const pdf = await renderReportPdf(input);
    expectPages(pdf, "A4", { organization: "Northwind Consulting Group", project: "Support refund assistant" });
  });

  it("numbers every page the same way when react-pdf paginates (safe mode, after a sheet overflowed)", { timeout: SLOW }, async () => {
    // Safe mode prints the page number with react-pdf's own count, beside the drawn footer.
    const input = snapshotInput(example("blocked"));
    const pdf = Buffer.from(await renderWholeReport(input));
    expectPages(pdf, "A4", { organization: "Northwind Consulting Group", project: "Support refund assistant" });
  });

  it("prints a branded report with a logo and the longest names on Letter, without a spilled cover page", { timeout: SLOW }, async () => {
    const base = snapshotInput(example("blocked"));
    const input = onPaper(
      { ...base, organization: { ...base.organization, name: LONGEST_NAME }, project: { name: LONGEST_NAME }, preparedBy: LONGEST_NAME },
      "LETTER",
      true,
    );
    const pdf = await renderReportPdf(input);
    // The header shows up to two lines of a long name; its start is always there.
    const texts = expectPages(pdf, "LETTER", { organization: "Northwind Revenue", project: "Northwind Revenue" });
    expect(texts[0]).toContain("It is confidential to");
    expect(texts[0]).toContain(LONGEST_NAME);
    // The same report on A4 has the same pages, on A4.
    expectPages(await renderReportPdf(onPaper(input, "A4", true)), "A4", {
      organization: "Northwind Revenue",
      project: "Northwind Revenue",
    });
  });

  it("prints a long report rendered in two parts on A4 and on Letter, with a long test-case name whole", { timeout: SLOW }, async () => {
    const document = largeAssessment({ objects: 40, dataSources: 40, actions: 300, testCases: 500, padding: 120 });
    document.answers!.testCases![0] = {
      scenario: LONG_CASE,
      category: "duplicate_accounts",
      expectedBehavior: "Refuse the second refund.",
      status: "fail",
    };
    expect(LONG_CASE.length).toBeGreaterThan(100);
    const input = snapshotInput(document, { project: { name: "Large generated assessment" } });
    for (const paper of ["A4", "LETTER"] as const) {
      const texts = expectPages(await renderReportPdf(onPaper(input, paper)), paper, {
        organization: "Northwind Consulting Group",
        project: "Large generated assessment",
      });
      expect(texts.length).toBeGreaterThan(40);
      const findings = texts.filter((text) => text.includes("is failing."));
      expect(findings.some((text) => text.includes(`Test case "${LONG_CASE}" (duplicate accounts) is failing.`))).toBe(true);
    }
  });
});
