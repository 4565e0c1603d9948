import { describe, expect, it } from "vitest";
import { addRow, getAt, moveRow, removeRow, sameDoc, setAt, tidy, type WorkspaceDoc } from "@/components/workspace/draft";

const empty: WorkspaceDoc = { answers: {}, scores: {}, plan: {} };

describe("setAt", () => {
  it("creates the path and leaves the input untouched", () => {
    const next = setAt(empty, "answers.workflow.outcome.metric", "Minutes to first touch");
    expect(next).toEqual({ answers: { workflow: { outcome: { metric: "Minutes to first touch" } } }, scores: {}, plan: {} });
    expect(empty).toEqual({ answers: {}, scores: {}, plan: {} });
  });

  it("removes the key for an empty input and prunes the emptied section", () => {
    const filled = setAt(empty, "answers.workflow.outcome.metric", "x");
    expect(setAt(filled, "answers.workflow.outcome.metric", "")).toEqual(empty);
    expect(setAt(filled, "answers.workflow.outcome.metric", undefined)).toEqual(empty);
  });

  it("returns the same document when the path already holds the value: no edit, no save", () => {
    const filled = setAt(empty, "plan.fieldMappings.0.sourceField", "Email");
    expect(setAt(filled, "plan.fieldMappings.0.sourceField", "Email")).toBe(filled);
    expect(setAt(filled, "plan.fieldMappings.0.targetField", "")).toBe(filled);
    expect(setAt(filled, "plan.fieldMappings.0.targetField", undefined)).toBe(filled);
    expect(setAt(filled, "plan.fieldMappings.0.sourceField", "Email ")).not.toBe(filled);
  });

  it("keeps siblings when one field is emptied", () => {
    const doc = setAt(setAt(empty, "answers.workflow.name", "A"), "answers.workflow.owner", "B");
    expect(setAt(doc, "answers.workflow.name", "")).toEqual({ answers: { workflow: { owner: "B" } }, scores: {}, plan: {} });
  });

  it("stores false and 0, which are answers", () => {
    const doc = setAt(setAt(empty, "answers.firstLaunch.automaticDecisions", false), "answers.firstLaunch.weeklyVolume", 0);
    expect(doc.answers.firstLaunch).toEqual({ automaticDecisions: false, weeklyVolume: 0 });
  });

  it("removes an emptied checkbox group", () => {
    const doc = setAt(empty, "answers.lowConfidence.fallbacks", ["human_review"]);
    expect(setAt(doc, "answers.lowConfidence.fallbacks", [])).toEqual(empty);
  });

  it("keeps a row whose fields were all emptied", () => {
    const doc = setAt(addRow(empty, "actions"), "answers.actions.0.name", "Draft email");
    expect(setAt(doc, "answers.actions.0.name", "")).toEqual({ answers: { actions: [{}] }, scores: {}, plan: {} });
  });

  it("writes into an existing row without touching the others", () => {
    const doc = addRow(addRow(empty, "actions"), "actions");
    const next = setAt(doc, "answers.actions.1.approval", "draft");
    expect(next.answers.actions).toEqual([{}, { approval: "draft" }]);
    expect(next.answers.actions?.[0]).toBe(doc.answers.actions?.[0]);
  });

  it("sets and clears scores", () => {
    const scored = setAt(empty, "scores.securityControls.score", 2);
    expect(scored.scores).toEqual({ securityControls: { score: 2 } });
    expect(setAt(scored, "scores.securityControls", undefined)).toEqual(empty);
  });
});

describe("rows", () => {
  const three = (): WorkspaceDoc => ({
    answers: { testCases: [{ scenario: "a" }, { scenario: "b" }, { scenario: "c" }] },
    scores: {},
    plan: {},
  });

  it("adds an empty row at the end", () => {
    expect(addRow(three(), "testCases").answers.testCases).toHaveLength(4);
    expect(addRow(empty, "testCases").answers.testCases).toEqual([{}]);
  });

  it("removes a row, and the section with its last row", () => {
    expect(getAt(removeRow(three(), "testCases", 1), "answers.testCases")).toEqual([{ scenario: "a" }, { scenario: "c" }]);
    expect(removeRow(addRow(empty, "testCases"), "testCases", 0)).toEqual(empty);
  });

  it("moves rows up and down, clamped at the ends", () => {
    expect(moveRow(three(), "testCases", 2, 1).answers.testCases?.map((r) => r.scenario)).toEqual(["a", "c", "b"]);
    expect(moveRow(three(), "testCases", 0, 1).answers.testCases?.map((r) => r.scenario)).toEqual(["b", "a", "c"]);
    const doc = three();
    expect(moveRow(doc, "testCases", 0, -1)).toBe(doc);
    expect(moveRow(doc, "testCases", 2, 3)).toBe(doc);
  });
});

describe("getAt", () => {
  it("reads nested values and rows, undefined when absent", () => {
    const doc: WorkspaceDoc = { answers: { actions: [{ name: "x" }] }, scores: {}, plan: {} };
    expect(getAt(doc, "answers.actions.0.name")).toBe("x");
    expect(getAt(doc, "answers.actions.3.name")).toBeUndefined();
    expect(getAt(doc, "answers.workflow.name")).toBeUndefined();
  });
});

describe("tidy and sameDoc", () => {
  it("removes empty strings, objects and lists, keeping empty rows unless asked", () => {
    const messy = {
      answers: { workflow: { name: "", outcome: {} }, actions: [{}, { name: "x" }], logs: { captured: [] } },
      scores: {},
    } as unknown as WorkspaceDoc;
    expect(tidy(messy)).toEqual({ answers: { actions: [{}, { name: "x" }] }, scores: {}, plan: {} });
    expect(tidy(messy, { dropEmptyRows: true })).toEqual({ answers: { actions: [{ name: "x" }] }, scores: {}, plan: {} });
  });

  it("compares by content, not key order", () => {
    const a: WorkspaceDoc = { answers: { workflow: { name: "A", owner: "B" } }, scores: {}, plan: {} };
    const b: WorkspaceDoc = { answers: { workflow: { owner: "B", name: "A" } }, scores: {}, plan: {} };
    expect(sameDoc(a, b)).toBe(true);
    expect(sameDoc(a, setAt(b, "answers.workflow.owner", "C"))).toBe(false);
  });
});
