/**
 * Renders real PDFs and reads them back with pdftotext / pdfinfo (poppler-utils): the
 * content a reader sees, the page count, Unicode text, long answers and reproducibility.
 */
import { describe, expect, it } from "vitest";
import { ASSESSMENT_FORMAT, type AssessmentDocument } from "@/lib/readiness";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import { pdfPageCount, renderReportPdf } from "@/lib/reports/render-report";
import { sampleLogoPng } from "@/lib/reports/sample-logo";
import { draftInput, example, flat, flatText, pdfPages, pdfText, snapshotInput } from "./fixtures";

const SLOW = 120_000;

/** `toContain` without printing a whole report when it fails. */
function expectText(text: string, ...needles: string[]) {
  const missing = needles.filter((needle) => !text.includes(needle));
  expect(missing, `missing from the PDF text (${text.length} characters)`).toEqual([]);
}

describe("renderReportPdf", () => {
  it("renders a blocked snapshot: verdict, blocker messages, answers, ruleset, branding", { timeout: SLOW }, async () => {
    const document = example("blocked");
    const input = snapshotInput(document);
    const pdf = await renderReportPdf(input);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = flatText(pdf);
    expectText(text, "Blocked");
    const blockers = input.evaluation.findings.filter((f) => f.severity === "blocker");
    expect(blockers.length).toBeGreaterThan(3);
    for (const finding of blockers) expectText(text, flat(finding.message));
    expectText(text, flat(blockers[0]!.remediation));
    expectText(text, "Resolve refund requests under $200");
    expectText(text, "Customer asks for a refund of an invoice that was already refunded");
    // The ruleset that judged it, as stored (the fixtures' snapshots are 1.0.0's).
    expectText(text, `Ruleset ${input.evaluation.rulesetVersion}`);
    expectText(text, "Northwind Consulting Group");
    expectText(text, "Support refund assistant");
    expectText(text, "6f1c2a9e-8d4b-4f7a-9c3e-2b1d0a9f8e7d");
    expectText(text, "Sign-off");
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(5);
    expect(pdfPageCount(pdf)).toBe(pdfPages(pdf));
  });

  it("renders a ready draft with its answers and no findings, and the changes since the last snapshot", { timeout: SLOW }, async () => {
    const ready = example("ready");
    const blocked = example("blocked");
    const base = snapshotInput(blocked);
    const input = draftInput(ready, {
      previous: { createdAt: "2025-02-03T16:20:00.000Z", document: blocked, evaluation: base.evaluation },
    });
    const pdf = await renderReportPdf(input);
    const text = flatText(pdf);
    expectText(text, "Ready");
    expectText(text, "No blockers or warnings remain");
    expectText(text, ready.answers!.workflow!.name!);
    expectText(text, "Working draft, revision 7");
    expectText(text, `Ruleset ${input.evaluation.rulesetVersion}`);
    // Changes since the previous snapshot: the verdict moved and blockers were resolved.
    expectText(text, "Blocked → Ready");
    expectText(text, "Findings resolved since then");
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(5);
  });

  it("renders names and answers in Latin with accents, Greek, Cyrillic and CJK", { timeout: SLOW }, async () => {
    const document = example("blocked");
    document.answers!.workflow!.owner = "Zoë Müller";
    document.answers!.workflow!.name = "Αθήνα → Москва → 東京";
    document.answers!.maintenance!.failedWorkflowTriage = "Łódź operations (運用チーム)";
    const pdf = await renderReportPdf(
      snapshotInput(document, {
        organization: { name: "Zoë Müller Beratung", accentColor: "#7c3aed", logo: null },
        project: { name: "Łódź 東京 rollout" },
        preparedBy: "Дмитрий Иванов",
      }),
    );
    const text = pdfText(pdf);
    for (const sample of ["Zoë Müller", "Łódź", "Αθήνα", "Москва", "東京", "運用チーム", "Дмитрий Иванов"]) expectText(text, sample);
  });

  it("flows very long answers onto new pages without cutting anything", { timeout: SLOW }, async () => {
    const long = `${"The first launch covers one regional queue with a daily review of every refund decision. ".repeat(45)}END-OF-LONG-SCOPE`;
    expect(long.length).toBeGreaterThan(4000);
    const document = largeAssessment({ objects: 12, dataSources: 6, actions: 300, testCases: 40, padding: 300 });
    document.answers!.firstLaunch!.scope = long;
    document.answers!.testCases![3]!.scenario = `${"A customer disputes a refund across two invoices and three tickets. ".repeat(60)}END-OF-LONG-SCENARIO`;
    document.answers!.actions![199]!.name = "The last action the budget shows";
    document.answers!.actions![200]!.name = "An action past the budget";
    // One unbroken token far wider than its column must wrap, not overflow.
    document.answers!.workflow!.endState = `ref:${"0123456789abcdef".repeat(40)}:end`;
    const pdf = await renderReportPdf(snapshotInput(document));
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(pdfPages(await renderReportPdf(snapshotInput(example("blocked")))));
    expect(pdfPageCount(pdf)).toBe(pages);
    const text = flatText(pdf);
    expectText(text, "END-OF-LONG-SCOPE");
    expectText(text, "END-OF-LONG-SCENARIO");
    // 300 actions: the first 200 are listed, the rest summarised in one line (lib/reports/budget.ts).
    expectText(text, "The last action the budget shows");
    expectText(text, "…and 100 more rows, see the assessment's JSON export.");
    expect(text).not.toContain("An action past the budget");
    expectText(text, "Action 0: update case status");
    expectText(text, ":end");
    // Every page is numbered out of the real total.
    expectText(text, `Page ${pages} of ${pages}`);
  });

  it("renders a snapshot identically twice: same text, same bytes", { timeout: SLOW }, async () => {
    const input = snapshotInput(example("blocked"), {
      previous: {
        createdAt: "2025-02-03T16:20:00.000Z",
        document: example("ready"),
        evaluation: snapshotInput(example("ready")).evaluation,
      },
      organization: { name: "Northwind Consulting Group", accentColor: "#0f766e", logo: { data: sampleLogoPng(), mimeType: "image/png" } },
    });
    const first = await renderReportPdf(input);
    const second = await renderReportPdf(structuredClone(input));
    expect(pdfText(second)).toBe(pdfText(first));
    expect(Buffer.compare(first, second)).toBe(0);
    // The snapshot, not the export time, dates it: a later export is the same document.
    const later = await renderReportPdf({ ...input, generatedAt: "2026-03-20T12:00:00.000Z" });
    expect(Buffer.compare(first, later)).toBe(0);
  });

  it("embeds a PNG or JPEG logo, and skips a logo that is not what it claims to be", { timeout: SLOW }, async () => {
    const document = example("ready");
    const logo = sampleLogoPng(120, 40, [124, 58, 237]);
    const withLogo = await renderReportPdf(
      snapshotInput(document, { organization: { name: "Logo Org", accentColor: "#7c3aed", logo: { data: logo, mimeType: "image/png" } } }),
    );
    const withoutLogo = await renderReportPdf(
      snapshotInput(document, { organization: { name: "Logo Org", accentColor: "#7c3aed", logo: null } }),
    );
    expect(withLogo.toString("latin1").includes("/Subtype /Image")).toBe(true);
    expect(withoutLogo.toString("latin1").includes("/Subtype /Image")).toBe(false);
    // A JPEG (the smallest baseline one: 1×1 grey, closed by its end-of-image marker as an upload must be) is embedded as it is.
    const jpeg = Buffer.concat([
      Buffer.from(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
        "base64",
      ),
      Buffer.from([0xff, 0xd9]),
    ]);
    const withJpeg = await renderReportPdf(
      snapshotInput(document, {
        organization: { name: "Logo Org", accentColor: "#7c3aed", logo: { data: new Uint8Array(jpeg), mimeType: "image/jpeg" } },
      }),
    );
    expect(withJpeg.toString("latin1").includes("/DCTDecode")).toBe(true);
    // Declared JPEG but PNG bytes, and a PNG signature over garbage: the report still renders.
    const mislabelled = await renderReportPdf(
      snapshotInput(document, { organization: { name: "Logo Org", accentColor: "#7c3aed", logo: { data: logo, mimeType: "image/jpeg" } } }),
    );
    const corrupt = new Uint8Array([...logo.subarray(0, 16), ...new Uint8Array(64).fill(7)]);
    const broken = await renderReportPdf(
      snapshotInput(document, {
        organization: { name: "Logo Org", accentColor: "not-a-colour", logo: { data: corrupt, mimeType: "image/png" } },
      }),
    );
    for (const pdf of [mislabelled, broken]) expectText(flatText(pdf), "Logo Org");
  });

  it("renders an empty assessment as incomplete", { timeout: SLOW }, async () => {
    const empty: AssessmentDocument = { format: ASSESSMENT_FORMAT };
    const text = flatText(await renderReportPdf(draftInput(empty, { project: { name: "Blank project" } })));
    expectText(text, "Incomplete");
    expectText(text, "Not answered yet.");
    expectText(text, "Not scored yet.");
  });
});
