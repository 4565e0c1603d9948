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
});
