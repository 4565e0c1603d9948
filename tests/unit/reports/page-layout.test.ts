/**
 * Layout decisions made before react-pdf runs: the paper, the cover fitting its page,
 * radar labels inside the chart, and names in findings printed whole. Pure, no PDF.
 */
import { describe, expect, it } from "vitest";
import { AREAS, evaluate } from "@/lib/readiness";
import { coverHeight, coverLayout, type CoverText } from "@/lib/reports/cover-layout";
import { textWidth } from "@/lib/reports/flow";
import { withFullNames } from "@/lib/reports/full-names";
import { fittingActions } from "@/lib/reports/components/summary";
import { buildReportModel } from "@/lib/reports/model";
import { PAPER, pageGeometry, sheetCapacity, CONTENT_WIDTH } from "@/lib/reports/paper";
import { labelLines, radarLabel } from "@/lib/reports/radar-labels";
import { brandingSchema } from "@/lib/organizations/schema";
import { example, snapshotInput } from "./fixtures";

const LONG_NAME = "Northwind Revenue Operations and Customer Success International Holdings for Europe, Middle East and Africa";

describe("paper", () => {
  it("keeps the text column equally wide on A4 and Letter, with fewer lines per Letter page", () => {
    const a4 = pageGeometry("A4");
    const letter = pageGeometry("LETTER");
    expect(a4.width - 2 * a4.marginX).toBeCloseTo(CONTENT_WIDTH, 6);
    expect(letter.width - 2 * letter.marginX).toBeCloseTo(CONTENT_WIDTH, 6);
    expect([letter.width, letter.height]).toEqual([612, 792]);
    expect(sheetCapacity("LETTER")).toBeLessThan(sheetCapacity("A4"));
  });

  it("takes the organization's paper, A4 when the input has none", () => {
    expect(buildReportModel(snapshotInput(example("ready"))).page.size).toBe("A4");
    const input = snapshotInput(example("ready"));
    const letter = buildReportModel({ ...input, organization: { ...input.organization, paperSize: "LETTER" } });
    expect(letter.page).toMatchObject({ size: "LETTER", width: PAPER.LETTER.width, height: PAPER.LETTER.height });
  });

  it("is validated in the settings form by name", () => {
    const base = { name: "Acme", accentColor: "#0f766e", dateFormat: "day_month_year" };
    expect(brandingSchema.safeParse({ ...base, paperSize: "LETTER" }).success).toBe(true);
    const wrong = brandingSchema.safeParse({ ...base, paperSize: "A3" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ["paperSize"], message: "Choose A4 or US Letter." });
    expect(brandingSchema.safeParse(base).success).toBe(false);
  });
});

describe("coverLayout", () => {
  const text = (over: Partial<CoverText> = {}): CoverText => ({
    organization: "Northwind Consulting Group",
    project: "Support refund assistant",
    verdictLine: "Launch is blocked: 18 blockers must be resolved first.",
    facts: ["Northwind Consulting Group", "Support refund assistant", "14 March 2025", "Ana Kowalska", "1.0.0", "Luis Romero"],
    source: "Snapshot 6f1c2a9e-8d4b-4f7a-9c3e-2b1d0a9f8e7d",
    footnote:
      "This report reproduces the assessment and the rule engine's evaluation as recorded in the snapshot. It is confidential to Northwind Consulting Group and the people it names.",
    contents: 5,
    logo: true,
    ...over,
  });

  it("keeps the roomy cover for ordinary names on A4", () => {
    expect(coverLayout(text(), PAPER.A4.height).titleSize).toBe(28);
  });

  it("tightens the cover until it fits one page, for the longest names on the shorter Letter page", () => {
    const long = text({
      organization: LONG_NAME,
      project: LONG_NAME,
      facts: [LONG_NAME, LONG_NAME, "14 March 2025", LONG_NAME, "1.0.0", LONG_NAME],
    });
    for (const height of [PAPER.A4.height, PAPER.LETTER.height]) {
      const layout = coverLayout(long, height);
      expect(coverHeight(long, layout)).toBeLessThanOrEqual(height);
    }
    expect(coverLayout(long, PAPER.LETTER.height).titleSize).toBeLessThan(28);
  });
});

describe("fittingActions", () => {
  it("keeps the three top actions on the summary page of A4 and of the shorter Letter", () => {
    const input = snapshotInput(example("blocked"));
    for (const paperSize of ["A4", "LETTER"] as const) {
      expect(fittingActions(buildReportModel({ ...input, organization: { ...input.organization, paperSize } }))).toHaveLength(3);
    }
  });

  it("leaves out cards that would push the summary onto a second page, never the first", () => {
    const document = example("blocked");
    for (const row of document.answers!.actions!) row.name = `${row.name} ${"with a very long description of what it does ".repeat(12)}`;
    const model = buildReportModel(
      snapshotInput(document, { organization: { name: "Northwind", accentColor: "#0f766e", logo: null, paperSize: "LETTER" } }),
    );
    const shown = fittingActions(model);
    expect(shown.length).toBeGreaterThanOrEqual(1);
    expect(shown.length).toBeLessThan(model.topActions.length);
    expect(shown).toEqual(model.topActions.slice(0, shown.length));
  });
});

describe("radar labels", () => {
  it("breaks a label between words only, into balanced lines", () => {
    expect(labelLines("Rollout and rollback planning")).toEqual(["Rollout and", "rollback planning"]);
    expect(labelLines("Security controls")).toEqual(["Security", "controls"]);
    expect(labelLines("Data ownership")).toEqual(["Data ownership"]);
    for (const area of AREAS) expect(labelLines(area.label).join(" ")).toBe(area.label);
  });

  it("moves a label inwards so its widest line stays inside the chart", () => {
    const { lines, x } = radarLabel("Rollout and rollback planning", 40, "end", 270, 7.2);
    const widest = Math.max(...lines.map((line) => textWidth(line, { fontSize: 7.2 })));
    expect(x - widest).toBeGreaterThanOrEqual(0);
    const right = radarLabel("Data ownership clarity", 250, "start", 270, 7.2);
    expect(right.x + Math.max(...right.lines.map((line) => textWidth(line, { fontSize: 7.2 })))).toBeLessThanOrEqual(270);
    expect(radarLabel("Security controls", 120, "middle", 270, 7.2).x).toBe(120);
  });
});

describe("withFullNames", () => {
  const scenario =
    "Customer asks for a refund of an invoice that was already refunded through the old billing system during the migration weekend";

  it("prints a row's name whole where the engine's message cut it", () => {
    const document = example("blocked");
    document.answers!.testCases![0]!.scenario = scenario;
    const finding = evaluate(document).findings.find((f) => f.target.startsWith("answers.testCases.0"))!;
    expect(finding.message).toContain("…");
    const whole = withFullNames(finding.message, finding.target, document);
    expect(whole).toContain(`"${scenario}"`);
    expect(whole).not.toContain("…");
    const model = buildReportModel(snapshotInput(document));
    expect(model.findings.blocker.find((f) => f.target === finding.target)?.message).toBe(whole);
  });

  it("leaves messages alone that cut nothing or concern no row", () => {
    const document = example("blocked");
    expect(withFullNames('Test case "Short" is failing.', "answers.testCases.0", document)).toBe('Test case "Short" is failing.');
    expect(withFullNames("Score below 3.", "scores.securityControls", document)).toBe("Score below 3.");
  });
});
