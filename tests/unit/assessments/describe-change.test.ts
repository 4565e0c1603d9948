import { PLAN_SECTION_TEXTS } from "@/lib/readiness/client";
import { describe, expect, it } from "vitest";
import { describeChangePath, describeChangeValue } from "@/lib/assessments/describe-change";

describe("describeChange", () => {
  it("reads assessment values through the framework's labels, never raw", () => {
    expect(describeChangeValue("answers.dataSources.0.providerRetention", "unknown")).toBe("Unknown");
    expect(describeChangeValue("answers.dataSources.0.providerRetention", "no")).toBe("No");
    expect(describeChangeValue("answers.lowConfidence.escalationTested", false)).toBe("No");
    expect(describeChangeValue("answers.lowConfidence.escalationTested", true)).toBe("Yes");
    expect(describeChangeValue("answers.actions.2.approval", null)).toBe("(empty)");
    expect(describeChangePath("answers.actions.2.approval")).toBe("Q5 · Action 3 · Approval level");
  });

  it("names the project and snapshot fields the audit records", () => {
    expect(describeChangePath("verdict")).toBe("Verdict");
    expect(describeChangeValue("verdict", "blocked")).toBe("Blocked");
    expect(describeChangeValue("systems", ["crm", "erp"])).toBe("CRM, ERP");
    expect(describeChangeValue("name", null)).toBe("(empty)");
  });

  it("names integration plan paths by section, row and field", () => {
    expect(describeChangePath("plan.fieldMappings.3.targetField")).toBe("Field mappings · Row 4 · Target field");
    expect(describeChangePath("plan.fieldMappings.3.valueMap.1.to")).toBe("Field mappings · Row 4 · Value map · entry 2 · Target value");
    expect(describeChangePath("plan.notApplicable.roi")).toBe("Automation ROI · Not applicable");
    expect(describeChangePath("plan.fieldMappings.0.valueMap.1.from")).toBe("Field mappings · Row 1 · Value map · entry 2 · Source value");
    expect(describeChangePath("plan.roi.minutesSavedPerRun")).toBe(
      `Automation ROI · ${PLAN_SECTION_TEXTS.roi.fields.minutesSavedPerRun!.label}`,
    );
    expect(describeChangeValue("plan.accessControls.leastPrivilegeAccounts", true)).toBe("Yes");
  });
});
