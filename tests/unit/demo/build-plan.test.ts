import { describe, expect, it } from "vitest";
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "@/lib/demo/plans/build-plan";

describe("demo plan factories", () => {
  it("reads a mapping table's flags, keeps the group's conflict rule unless a row opts out, and parses value maps", () => {
    const rows = mappingSheet([
      {
        object: "contact",
        from: "crm",
        to: "billing",
        conflictRule: "CRM wins",
        fields: [
          ["Id", "crm_id", "", "ri"],
          ["Email", "email", "lower-case", "bn"],
          ["Status", "state", "", "s", "Open=active; Closed=done"],
        ],
      },
    ]);
    expect(rows).toEqual([
      {
        object: "contact",
        sourceSystem: "crm",
        sourceField: "Id",
        targetSystem: "billing",
        targetField: "crm_id",
        kind: "identifier",
        required: true,
        direction: "one_way",
        conflictRule: "CRM wins",
      },
      {
        object: "contact",
        sourceSystem: "crm",
        sourceField: "Email",
        targetSystem: "billing",
        targetField: "email",
        kind: "value",
        required: false,
        direction: "bidirectional",
        transform: "lower-case",
      },
      {
        object: "contact",
        sourceSystem: "crm",
        sourceField: "Status",
        targetSystem: "billing",
        targetField: "state",
        kind: "status",
        required: false,
        direction: "one_way",
        conflictRule: "CRM wins",
        valueMap: [
          { from: "Open", to: "active" },
          { from: "Closed", to: "done" },
        ],
      },
    ]);
  });

  it("refuses a value map the sheet could not read", () => {
    expect(() => mappingSheet([{ object: "ticket", from: "itsm", to: "support_desk", fields: [["a", "b", "", "s", "Open"]] }])).toThrow(
      /no "="/,
    );
  });

  it("places phases around today, across a month and a year end", () => {
    const [phase] = rollout("2027-12-31", [
      { name: "Pilot", stage: "pilot", scope: "One team", writes: true, rollback: "Off", days: [-31, 1] },
    ]);
    expect(phase).toEqual({
      name: "Pilot",
      stage: "pilot",
      scope: "One team",
      writesEnabled: true,
      rollbackCriteria: "Off",
      start: "2027-11-30",
      end: "2028-01-01",
    });
    expect(() => rollout("2027-02-30", [])).toThrow(RangeError);
  });

  it("writes every checklist field, false for the named gaps, and leaves out what a row does not have", () => {
    expect(accessControls(["secretRotation"])).toEqual({
      leastPrivilegeAccounts: true,
      credentialsPerEnvironment: true,
      fieldMasking: true,
      accessAudit: true,
      secretRotation: false,
    });
    expect(enablement("none", 0, ["sopsUpdated"])).toEqual({
      sopsUpdated: false,
      frontlineTrained: true,
      leadsTrainedOnFailures: true,
      incidentOwnersPublished: true,
      stabilizationReviews: "none",
      stabilizationDays: 0,
    });
    expect(workflowMap([["Step", null, "crm", "Next", "r"]])).toEqual([
      { step: "Step", system: "crm", handoffTo: "Next", manualWorkaround: false, reentersData: true },
    ]);
    expect(exceptions([["partial_failure", "retry", true, null, "Retried"]])).toEqual([
      { case: "partial_failure", handling: "retry", alert: true, notes: "Retried" },
    ]);
    expect(kpi("Lag", "technical", "s", [40, 10, "lower"], "Ops", { noBaseline: true })).toEqual({
      name: "Lag",
      kind: "technical",
      unit: "s",
      target: 10,
      better: "lower",
      owner: "Ops",
    });
  });
});
