import { describe, expect, it } from "vitest";
import type { JudgedDocument, RoiFiguresOutput } from "@/lib/readiness";
import { readPlanSection, type PlanRead } from "@/lib/workspace/plan-read-model";
import { excerpt, planRowTitle } from "@/lib/workspace/row-titles";

const ROLLBACK = "Misroutes above 8% in a day or any consent error: routing back to round-robin, AI fields hidden. ".repeat(3).trim();
const document: JudgedDocument = {
  format: "preflight.assessment/v2",
  plan: {
    rollout: [
      { name: "Sandbox validation", stage: "sandbox", writesEnabled: false, start: "2026-01-05", end: "2026-01-18" },
      {},
      { name: "Pilot with EMEA", stage: "pilot", writesEnabled: true, rollbackCriteria: ROLLBACK },
    ],
    kpis: [{ name: "Sync failure rate", kind: "technical", unit: "%", baseline: 2.4, target: 0.5, better: "lower", alertThreshold: 1500 }],
    exceptions: [{ case: "ambiguous_match", handling: "review_queue", alert: true }],
    apiContracts: [{ system: "crm", apiVersion: "v59.0" }],
    accessControls: { leastPrivilegeAccounts: true, fieldMasking: false },
    enablement: { stabilizationReviews: "biweekly", stabilizationDays: 60 },
    roi: { runsPerMonth: 950, hourlyCost: 62, buildCost: 38000, currency: "USD" },
    fieldMappings: [{ sourceField: "Email" }],
    notApplicable: { workflowMap: "A new workflow: there is no current one to map.", kpis: "  " },
  },
};
const ROI: RoiFiguresOutput = {
  currency: "USD",
  monthlyHoursSaved: 142.5,
  monthlySavings: 8835,
  monthlyNet: 7935,
  paybackMonths: 4.79,
  firstYearNet: 57220,
};

function read(section: Parameters<typeof readPlanSection>[1], roi: RoiFiguresOutput | null = null): PlanRead {
  const result = readPlanSection(document, section, roi);
  if (result === null) throw new Error(`expected a read model of ${section}`);
  return result;
}

function rowsOf(result: PlanRead) {
  if (result.shape !== "rows") throw new Error(`expected rows, got ${result.shape}`);
  return result.rows;
}

function fieldsOf(result: PlanRead) {
  if (result.shape !== "form") throw new Error(`expected a form, got ${result.shape}`);
  return result.fields;
}

const valueOf = (fields: readonly { label: string; value: string | null }[], label: string) =>
  fields.find((field) => field.label === label)?.value;

describe("plan read mode", () => {
  it("rollout phases read as cards titled as in the editor; blank rows are left out but keep their numbers", () => {
    const rows = rowsOf(read("rollout"));
    expect(rows.map((row) => row.title)).toEqual(["Phase 1 — Sandbox validation", "Phase 3 — Pilot with EMEA"]);
    expect(rows[0]!.fields.map((field) => field.label)).toEqual([
      "Phase",
      "Stage",
      "Scope",
      "Writes enabled",
      "Entry criteria",
      "Exit criteria",
      "Rollback criteria",
      "Start",
      "End",
    ]);
    expect(valueOf(rows[0]!.fields, "Stage")).toBe("Sandbox validation");
    expect(valueOf(rows[0]!.fields, "Writes enabled")).toBe("No");
    expect(valueOf(rows[0]!.fields, "Start")).toBe("2026-01-05");
    expect(valueOf(rows[0]!.fields, "Scope")).toBeNull();
    expect(rows[1]!.fields.find((field) => field.label === "Rollback criteria")).toEqual({
      path: "plan.rollout.2.rollbackCriteria",
      label: "Rollback criteria",
      value: ROLLBACK,
    });
    expect(rows[1]!.path).toBe("plan.rollout.2");
  });

  it("enum values read as their labels, numbers formatted, booleans Yes/No", () => {
    const [kpi] = rowsOf(read("kpis"));
    expect(kpi!.title).toBe("KPI 1 — Sync failure rate");
    expect(valueOf(kpi!.fields, "Kind")).toBe("Technical");
    expect(valueOf(kpi!.fields, "Baseline")).toBe("2.4");
    expect(kpi!.fields.find((field) => field.path === "plan.kpis.0.alertThreshold")?.value).toBe("1,500");
    expect(kpi!.fields.find((field) => field.path === "plan.kpis.0.better")?.value).toBe("Lower is better");
    const [exception] = rowsOf(read("exceptions"));
    expect(exception!.title).toBe("Exception 1 — Several records could match");
    expect(exception!.fields.find((field) => field.path === "plan.exceptions.0.handling")?.value).toBe("Send to a review queue");
    expect(exception!.fields.find((field) => field.path === "plan.exceptions.0.alert")?.value).toBe("Yes");
    expect(rowsOf(read("apiContracts"))[0]!.title).toBe("API contract 1 — CRM");
  });

  it("form sections read field by field in the plan's order", () => {
    const access = fieldsOf(read("accessControls"));
    expect(access.map((field) => field.value)).toEqual(["Yes", null, "No", null, null]);
    expect(access[0]).toEqual({
      path: "plan.accessControls.leastPrivilegeAccounts",
      label: "Least-privilege service accounts",
      value: "Yes",
    });
    const enablement = fieldsOf(read("enablement"));
    expect(valueOf(enablement, "Stabilization review cadence")).toBe("Every two weeks");
    expect(valueOf(enablement, "Stabilization period (days)")).toBe("60");
  });

  it("ROI shows its numbers and, once the evaluation has them, its figures", () => {
    const roi = read("roi", ROI);
    expect(valueOf(fieldsOf(roi), "Build cost")).toBe("38,000");
    expect(valueOf(fieldsOf(roi), "Currency")).toBe("USD");
    if (roi.shape !== "form") throw new Error("expected a form");
    expect(roi.figures.map((figure) => [figure.label, figure.value])).toEqual([
      ["Hours saved per month", "142.5"],
      ["Net value per month", "$7,935"],
      ["Payback", "4.8 months"],
      ["First-year net", "$57,220"],
    ]);
    const empty = read("roi");
    expect(empty.shape === "form" && empty.figures).toEqual([]);
  });

  it("a section declared not applicable reads as its reason; a blank reason declares nothing", () => {
    expect(read("workflowMap")).toEqual({
      shape: "not-applicable",
      path: "plan.notApplicable.workflowMap",
      reason: "A new workflow: there is no current one to map.",
    });
    expect(rowsOf(read("kpis"))).toHaveLength(1);
  });

  it("the mapping sheet keeps its own grid unless it was declared not applicable", () => {
    expect(readPlanSection(document, "fieldMappings", null)).toBeNull();
    const declared: JudgedDocument = { ...document, plan: { ...document.plan, notApplicable: { fieldMappings: "No fields move." } } };
    expect(readPlanSection(declared, "fieldMappings", null)?.shape).toBe("not-applicable");
  });

  it("an empty section reads as no rows or unanswered fields", () => {
    const bare: JudgedDocument = { format: "preflight.assessment/v2" };
    expect(rowsOf(readPlanSection(bare, "rollout", null)!)).toEqual([]);
    expect(fieldsOf(readPlanSection(bare, "enablement", null)!).every((field) => field.value === null)).toBe(true);
  });

  it("row titles cut the row's words to one short line", () => {
    expect(excerpt(`  ${"word ".repeat(20)}`)).toHaveLength(60);
    expect(excerpt("   ")).toBeUndefined();
    expect(planRowTitle("rollout", {}, 1)).toBe("Phase 2");
    expect(planRowTitle("workflowMap", { step: "Lead\n  syncs" }, 0)).toBe("Step 1 — Lead syncs");
  });
});
