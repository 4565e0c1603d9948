import { describe, expect, it } from "vitest";
import { draftOfFile, importPreview } from "@/lib/assessments/import-preview";

describe("import preview", () => {
  const current = {
    answers: {
      workflow: { name: "Intake", owner: "Dana" },
      actions: [{ name: "Draft reply" }, { name: "Send refund", approval: "draft" }],
    },
    scores: { securityControls: { score: 3 } },
    plan: {},
  };

  it("names each question, row and score that changes, with how many fields", () => {
    const incoming = {
      answers: {
        workflow: { name: "Intake", owner: "Marco", startEvent: "Ticket lands" },
        actions: [{ name: "Draft reply" }],
        testCases: [{ scenario: "Duplicate" }],
      },
      scores: {},
      plan: {},
    };
    expect(importPreview(current, incoming)).toEqual([
      { path: "answers.actions.1", label: "Q5 · Action 2", kind: "removed", fields: 2 },
      { path: "answers.testCases.0", label: "Q6 · Test case 1", kind: "added", fields: 1 },
      { path: "answers.workflow", label: "Q1 · Workflow", kind: "changed", fields: 2 },
      { path: "scores.securityControls", label: "Scores · Security controls", kind: "removed", fields: 1 },
    ]);
  });

  it("the same draft changes nothing", () => {
    expect(importPreview(current, structuredClone(current))).toEqual([]);
  });

  it("reads the draft part of a file; anything but an object is left to the server", () => {
    expect(draftOfFile({ format: "preflight.assessment/v1", answers: { logs: {} } })).toEqual({
      answers: { logs: {} },
      scores: {},
      plan: {},
    });
    expect(draftOfFile([1, 2])).toBeNull();
    expect(draftOfFile("text")).toBeNull();
  });

  it("names the plan sections and rows a v2 file changes", () => {
    const incoming = {
      ...structuredClone(current),
      plan: { fieldMappings: [{ sourceField: "Account.Id", targetField: "Org.external_id" }], roi: { runsPerMonth: 400 } },
    };
    expect(importPreview(current, incoming)).toEqual([
      { path: "plan.fieldMappings.0", label: "Field mappings · Row 1", kind: "added", fields: 2 },
      { path: "plan.roi", label: "Automation ROI", kind: "added", fields: 1 },
    ]);
  });
});
