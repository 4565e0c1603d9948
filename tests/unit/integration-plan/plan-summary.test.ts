import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/readiness";
import { planSummary } from "@/lib/integration-plan/plan-summary";
import { wrapLabel } from "@/lib/integration-plan/wrap-label";

const PLAN: Plan = {
  fieldMappings: [{ sourceField: "email", targetField: "Email" }, {}, { sourceField: "phone" }, { sourceField: "name" }],
  exceptions: [
    { case: "record_exists", handling: "merge" },
    { case: "partial_failure", handling: "review_queue" },
    { case: "permission_denied" },
  ],
  kpis: [{ name: " Sync  failures ", unit: "%", baseline: 12, target: 1, better: "lower", owner: "Ops" }, {}, { baseline: 3 }],
};

describe("planSummary", () => {
  it("counts non-blank mapping rows and the distinct rows findings point at", () => {
    const summary = planSummary(PLAN, [
      { target: "plan.fieldMappings.2.targetField" },
      { target: "plan.fieldMappings.2" },
      { target: "plan.fieldMappings.3.valueMap.0" },
      { target: "plan.fieldMappings" },
      { target: "plan.fieldMappingsX.5" },
      { target: "plan.exceptions" },
    ]);
    expect(summary.mappings).toEqual({ rows: 3, rowsWithProblems: 2, findings: 4 });
  });

  it("says which of the five required exception cases are covered, in enum order", () => {
    const { exceptions } = planSummary(PLAN, []);
    expect(exceptions?.covered).toBe(2);
    expect(exceptions?.total).toBe(5);
    expect(exceptions?.cases.map((entry) => [entry.case, entry.covered])).toEqual([
      ["missing_required_field", false],
      ["record_exists", true],
      ["ambiguous_match", false],
      ["target_rejects", false],
      ["partial_failure", true],
    ]);
    expect(exceptions?.cases[1]?.label).toBe("Record already in the target");
  });

  it("lists KPIs as baseline → target, blank rows left out, names on one line", () => {
    expect(planSummary(PLAN, []).kpis).toEqual([
      { name: "Sync failures", unit: "%", baseline: 12, target: 1, direction: "Lower is better", owner: "Ops" },
      { name: "KPI 2", unit: null, baseline: 3, target: null, direction: null, owner: null },
    ]);
  });

  it("gives a section declared not applicable its reason instead of figures", () => {
    const summary = planSummary({ ...PLAN, notApplicable: { exceptions: " Read only:\n nothing is written ", kpis: "Pilot" } }, []);
    expect(summary.exceptions).toBeNull();
    expect(summary.kpis).toBeNull();
    expect(summary.mappings).not.toBeNull();
    expect(summary.notApplicable).toEqual([
      { key: "exceptions", label: "Exceptions and bad data", reason: "Read only: nothing is written" },
      { key: "kpis", label: "KPIs", reason: "Pilot" },
    ]);
    expect(summary.empty).toBe(false);
  });

  it("calls a missing plan or one of blank rows empty", () => {
    expect(planSummary(undefined, []).empty).toBe(true);
    expect(planSummary({ workflowMap: [{}], roi: {}, accessControls: {} }, []).empty).toBe(true);
    expect(planSummary({ accessControls: { fieldMasking: false } }, []).empty).toBe(false);
    expect(planSummary({ notApplicable: { roi: "Quality work" } }, []).empty).toBe(false);
    expect(planSummary(undefined, []).mappings).toEqual({ rows: 0, rowsWithProblems: 0, findings: 0 });
  });
});

describe("wrapLabel", () => {
  it("breaks between words within the width", () => {
    expect(wrapLabel("Agent re-keys customer tickets into the desk", 16, 4)).toEqual([
      "Agent re-keys",
      "customer tickets",
      "into the desk",
    ]);
  });

  it("cuts a word longer than a line, and ends overflowing text with an ellipsis", () => {
    expect(wrapLabel("Supercalifragilistic", 8, 4)).toEqual(["Supercal", "ifragili", "stic"]);
    expect(wrapLabel("one two three four five six", 9, 2)).toEqual(["one two", "three…"]);
    expect(wrapLabel("one two three four", 7, 1)).toEqual(["one tw…"]);
  });

  it("gives no lines for blank text and refuses a box too small", () => {
    expect(wrapLabel("   ", 10, 2)).toEqual([]);
    expect(() => wrapLabel("x", 1, 2)).toThrow(RangeError);
  });
});
