import { describe, expect, it } from "vitest";
import { initialAutosaveState, reduceAutosave } from "@/components/workspace/autosave-machine";
import { buildConflict, resolveConflict, type ServerVersion } from "@/components/workspace/conflict";
import { addRow, applyRowOperation, removeRow, setAt, tidy, toAssessment, type WorkspaceDoc } from "@/components/workspace/draft";
import { createDraftStorage, parseStoredDraft } from "@/components/workspace/draft-storage";
import { memoryStore } from "./support";

const base: WorkspaceDoc = {
  answers: { workflow: { name: "Refunds" } },
  scores: {},
  plan: { roi: { runsPerMonth: 400, hourlyCost: 40 }, rollout: [{ name: "Pilot", stage: "pilot" }] },
};

const server = (doc: WorkspaceDoc, revision = 8): ServerVersion => ({ revision, ...doc, updatedAt: "t", updatedBy: "Ana" });

describe("the plan in the workspace document", () => {
  it("is edited by path like the answers, and emptying its last field leaves an empty plan", () => {
    const edited = setAt(base, "plan.roi.hourlyCost", 45);
    expect(edited.plan.roi).toEqual({ runsPerMonth: 400, hourlyCost: 45 });
    expect(edited.answers).toBe(base.answers);
    let cleared = setAt(setAt(base, "plan.roi.runsPerMonth", undefined), "plan.roi.hourlyCost", undefined);
    cleared = removeRow(cleared, "plan.rollout", 0);
    expect(cleared.plan).toEqual({});
  });

  it("its list sections take row operations by path", () => {
    const added = addRow(base, "plan.rollout");
    expect(added.plan.rollout).toEqual([{ name: "Pilot", stage: "pilot" }, {}]);
    const moved = applyRowOperation(setAt(added, "plan.rollout.1.name", "Sandbox"), "plan.rollout", { op: "move", from: 1, to: 0 });
    expect(moved.plan.rollout?.map((phase) => phase.name)).toEqual(["Sandbox", "Pilot"]);
    expect(addRow(base, "plan.kpis").plan.kpis).toEqual([{}]);
  });

  it("goes into the v2 document the engine and the schema read; an empty plan is left out", () => {
    expect(toAssessment(base)).toEqual({ format: "preflight.assessment/v2", answers: base.answers, scores: {}, plan: base.plan });
    expect(toAssessment({ ...base, plan: {} })).not.toHaveProperty("plan");
    expect(tidy({ ...base, plan: { roi: { currency: "" }, rollout: [{}] } }).plan).toEqual({ rollout: [{}] });
  });
});

describe("conflicts merge plan fields one by one", () => {
  it("their change to one ROI input and mine to another both survive", () => {
    const mine = setAt(base, "plan.roi.hourlyCost", 45);
    const theirs = setAt(base, "plan.roi.runsPerMonth", 500);
    const conflict = buildConflict(base, mine, server(theirs));
    expect(conflict.conflicts).toEqual([]);
    expect(conflict.merged.plan.roi).toEqual({ runsPerMonth: 500, hourlyCost: 45 });
  });

  it("the same plan field changed on both sides is a conflict the person decides", () => {
    const mine = setAt(base, "plan.rollout.0.stage", "shadow");
    const theirs = setAt(base, "plan.rollout.0.stage", "full");
    const conflict = buildConflict(base, mine, server(theirs));
    expect(conflict.conflicts.map((field) => field.path)).toEqual(["plan.rollout.0.stage"]);
    expect(resolveConflict(conflict, { "plan.rollout.0.stage": "mine" }).plan.rollout?.[0]?.stage).toBe("shadow");
  });
});

describe("drafts kept in the browser", () => {
  it("keep the plan", () => {
    const store = memoryStore();
    const storage = createDraftStorage(store, "p1", "acme");
    storage.save({ baseRevision: 3, ...base });
    expect(storage.load()).toEqual({ baseRevision: 3, ...base });
  });

  it("a draft kept before the workspace held the plan restores with the plan loaded from the server", () => {
    const old = parseStoredDraft(JSON.stringify({ baseRevision: 5, answers: { workflow: { name: "Refunds v2" } }, scores: {} }));
    expect(old).not.toBeNull();
    expect(old).not.toHaveProperty("plan");
    const state = reduceAutosave(initialAutosaveState({ revision: 5, doc: base }), {
      type: "restore",
      draft: old!,
      server: server(base, 5),
      issues: [],
    });
    expect(state.doc.plan).toEqual(base.plan);
    expect(state.doc.answers.workflow?.name).toBe("Refunds v2");
  });

  it("a plan that is not an object makes the entry unreadable, as any other malformed draft", () => {
    expect(parseStoredDraft(JSON.stringify({ baseRevision: 1, answers: {}, scores: {}, plan: [] }))).toBeNull();
  });
});

describe("rows pasted or imported into the mapping sheet", () => {
  const sheet: WorkspaceDoc = { answers: {}, scores: {}, plan: { fieldMappings: [{ sourceField: "Email" }] } };
  const read = [{ sourceField: "Phone" }, { sourceField: "Name" }];

  it("go after the last row, or replace every row", () => {
    const added = applyRowOperation(sheet, "plan.fieldMappings", { op: "addMany", rows: read, replace: false });
    expect(added.plan.fieldMappings?.map((row) => row.sourceField)).toEqual(["Email", "Phone", "Name"]);
    const replaced = applyRowOperation(sheet, "plan.fieldMappings", { op: "addMany", rows: read, replace: true });
    expect(replaced.plan.fieldMappings?.map((row) => row.sourceField)).toEqual(["Phone", "Name"]);
  });

  it("a row added under a filter starts with the filter's values", () => {
    const added = applyRowOperation(sheet, "plan.fieldMappings", { op: "add", row: { object: "account" } });
    expect(added.plan.fieldMappings).toEqual([{ sourceField: "Email" }, { object: "account" }]);
  });
});
