import { describe, expect, it } from "vitest";
import { draftOfFile, importPreview } from "@/lib/assessments/import-preview";

describe("import preview", () => {
  const current = {
    answers: {
      workflow: { name: "Intake", owner: "Dana" },
      actions: [{ name: "Draft reply" }, { name: "Send refund", approval: "draft" }],
    },
    scores: { securityControls: { score: 3 } },
  };

  it("names each question, row and score that changes, with how many fields", () => {
    const incoming = {
      answers: {
        workflow: { name: "Intake", owner: "Marco", startEvent: "Ticket lands" },
        actions: [{ name: "Draft reply" }],
        testCases: [{ scenario: "Duplicate" }],
      },
      scores: {},
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
    expect(draftOfFile({ format: "preflight.assessment/v1", answers: { logs: {} } })).toEqual({ answers: { logs: {} }, scores: {} });
    expect(draftOfFile([1, 2])).toBeNull();
    expect(draftOfFile("text")).toBeNull();
  });
});
