/**
 * The integration plan in a rendered report (issue #17), read back with pdftotext and
 * pdfinfo: a demo project's plan prints its nine sections in order (the swimlane's steps,
 * the mapping sheet with value maps, contracts, exceptions, the rollout with the current
 * phase and each phase's rollback criteria, KPIs, ROI with its derived figures, enablement),
 * a section declared not applicable prints its reason, a 1,000-row mapping sheet flows over
 * A4 pages with its header repeated, and a document without a plan has no such section.
 */
import { describe, expect, it } from "vitest";
import { DEMO_PROJECTS } from "@/lib/demo/demo-projects";
import { demoDocumentV2 } from "@/lib/demo/plans";
import { evaluate, type AssessmentDocumentV2, type FieldMappingRow } from "@/lib/readiness";
import { renderReportPdf } from "@/lib/reports/render-report";
import { draftInput, example, flat, flatText, pdfPageSizes, pdfPageTexts } from "./fixtures";

const SLOW = 180_000;
/** The fixtures' report date (generatedAt): the rollout's "today". */
const REPORT_DAY = "2025-03-20";

function demoDocument(name: string): AssessmentDocumentV2 {
  const project = DEMO_PROJECTS.find((p) => p.name === name);
  if (!project) throw new Error(`no demo project ${name}`);
  return demoDocumentV2(project, REPORT_DAY);
}

const inputFor = (document: AssessmentDocumentV2) =>
  draftInput(document as never, { evaluation: evaluate(document, { ruleset: "2.0.0" }) });

function expectText(text: string, ...needles: string[]) {
  const missing = needles.filter((needle) => !text.includes(needle));
  expect(missing, `missing from the PDF text (${text.length} characters)`).toEqual([]);
}

describe("the integration plan in the report", () => {
  it("prints a demo plan's sections in order, after the nine questions", { timeout: SLOW }, async () => {
    const document = demoDocument("Lead intake enrichment");
    const plan = document.plan!;
    const pages = pdfPageTexts(await renderReportPdf(inputFor(document))).map(flat);
    const text = pages.join(" ");
    const firstMapping = plan.fieldMappings!.find((row) => row.targetField)!;
    const current = plan.rollout!.find((phase) => phase.start! <= REPORT_DAY && REPORT_DAY <= phase.end!)!;
    expectText(
      text,
      "The integration plan",
      "Workflow map",
      "Mapping sheet",
      firstMapping.targetField!,
      "API contracts",
      "Exceptions",
      "Access controls",
      "Rollout",
      `Current phase: ${current.name}`,
      "Rollback criteria",
      "KPIs",
      "Net value per month",
      "Enablement",
    );
    // The executive summary (page 2) has the plan's line: sections, phase under way, ROI.
    expect(pages[1]).toMatch(new RegExp(`Integration plan: \\d of 9 sections written · current phase ${current.name}`));
    expect(pages[1]).toMatch(/ROI [\d.,]+ hours saved and [\d.,]+ USD net a month, payback [\d.]+ months\./);
    const start = text.indexOf("The integration plan", text.indexOf("Where the integration stands"));
    expect(start).toBeGreaterThan(text.indexOf("The nine readiness questions", text.indexOf("Where the integration stands")));
    const order = [
      "Workflow map",
      "Mapping sheet",
      "API contracts",
      "Exceptions",
      "Access controls",
      "Rollout",
      "KPIs",
      "Automation ROI",
      "Enablement",
    ];
    const positions = order.map((title) => text.indexOf(title, start));
    expect(positions.every((at) => at > start)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("prints a not-applicable section's reason instead of its content", { timeout: SLOW }, async () => {
    const document = demoDocument("Meeting-prep briefs for account executives");
    const reason = document.plan!.notApplicable!.fieldMappings!;
    const text = flatText(await renderReportPdf(inputFor(document)));
    expect(text).toContain(`Not applicable: ${flat(reason.trim())}`);
  });

  it("flows a 1,000-row mapping sheet over A4 pages with its header again, value maps included", { timeout: SLOW }, async () => {
    const document = demoDocument("Ticket triage and routing");
    const rows: FieldMappingRow[] = Array.from({ length: 1000 }, (_, i) => ({
      object: "contact",
      sourceSystem: "crm",
      sourceField: `source_field_${i + 1}`,
      targetSystem: "marketing_automation",
      targetField: `target_field_${i + 1}`,
      kind: i % 10 === 0 ? "status" : "value",
      direction: "one_way",
      ...(i % 10 === 0 ? { valueMap: [{ from: `Open ${i + 1}`, to: `Active ${i + 1}` }] } : {}),
    }));
    const big = { ...document, plan: { ...document.plan, fieldMappings: rows } };
    const pdf = await renderReportPdf(inputFor(big));
    const pages = pdfPageTexts(pdf).map(flat);
    const text = pages.join(" ");
    expectText(text, "target_field_1 ", "target_field_500", "target_field_1000", "Open 991 → Active 991");
    expect(pages.filter((page) => page.includes("Mapping sheet (continued)")).length).toBeGreaterThan(10);
    const sizes = pdfPageSizes(pdf);
    expect(sizes.filter(([w, h]) => w !== 595.28 || h !== 841.89)).toEqual([]);
  });

  it("has no plan section when the document has no plan", { timeout: SLOW }, async () => {
    const text = flatText(await renderReportPdf(draftInput(example("blocked"))));
    expect(text).not.toContain("The integration plan");
  });
});
