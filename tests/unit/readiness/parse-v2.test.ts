/** Reading either format: v1 strictly and upgraded, v2 with its plan; wrong formats named. */
import { describe, expect, it } from "vitest";
import { ASSESSMENT_FORMAT_V2, parseAnyAssessment } from "@/lib/readiness";
import { exampleText } from "./fixtures";

function problems(input: unknown): string[] {
  const result = parseAnyAssessment(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe("parseAnyAssessment", () => {
  it("reads a v1 document as v2, changing nothing but the format", () => {
    const v1 = JSON.parse(exampleText("ready")) as Record<string, unknown>;
    const result = parseAnyAssessment(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual({ ...v1, format: ASSESSMENT_FORMAT_V2 });
  });

  it("refuses a v1 document that carries v2 parts, naming the key", () => {
    const v1 = JSON.parse(exampleText("ready")) as { answers: { actions: Record<string, unknown>[] } };
    v1.answers.actions[0] = { ...v1.answers.actions[0], riskTier: "high" };
    expect(problems({ ...v1, plan: {} })).toEqual(['answers.actions.0: unknown key "riskTier"', '(root): unknown key "plan"']);
  });

  it("names both accepted formats when the format is wrong or missing", () => {
    expect(problems({ format: "preflight.assessment/v3" })).toEqual([
      'format: expected one of preflight.assessment/v1, preflight.assessment/v2 (got "preflight.assessment/v3")',
    ]);
    expect(problems({ answers: {} })).toEqual(["format: required: one of preflight.assessment/v1, preflight.assessment/v2"]);
    expect(problems([])).toEqual(["(root): expected an object, got a list"]);
  });

  it("reports every malformed plan field at its dotted path", () => {
    const lines = problems({
      format: ASSESSMENT_FORMAT_V2,
      plan: {
        rollout: [{ start: "2027-02-30", end: "2027-1-4", stage: "everything" }],
        roi: { buildCost: -1, currency: "usd" },
        kpis: [{ baseline: Number.NaN }],
        fieldMappings: [{ valueMap: [{ from: "Open", to: "Active", extra: true }] }],
        exceptions: [{ case: "record_exists", colour: "red" }],
        notApplicable: { roi: "  " },
      },
    });
    expect([...lines].sort()).toEqual(
      [
        'plan.fieldMappings.0.valueMap.0: unknown key "extra"',
        'plan.exceptions.0: unknown key "colour"',
        'plan.rollout.0.stage: expected one of sandbox, read_only, shadow, pilot, controlled_write, exception_handling, expansion, full (got "everything")',
        "plan.rollout.0.start: expected a real calendar date written YYYY-MM-DD",
        "plan.rollout.0.end: expected a real calendar date written YYYY-MM-DD",
        "plan.kpis.0.baseline: expected a finite number",
        "plan.roi.buildCost: expected a number from 0 to 1000000000",
        "plan.roi.currency: expected a three-letter ISO 4217 code in capitals, like USD",
        "plan.notApplicable.roi: a section declared not applicable needs a reason",
      ].sort(),
    );
  });
});
