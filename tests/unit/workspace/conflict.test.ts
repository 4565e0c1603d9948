import { describe, expect, it } from "vitest";
import { allChosen, buildConflict, resolveConflict, type ServerVersion } from "@/components/workspace/conflict";
import type { WorkspaceDoc } from "@/components/workspace/draft";

const base: WorkspaceDoc = {
  answers: { workflow: { name: "Intake", owner: "Dana" }, actions: [{ name: "Draft email", approval: "draft" }] },
  scores: { securityControls: { score: 3 } },
  plan: {},
};

function server(doc: WorkspaceDoc, revision = 8): ServerVersion {
  return { revision, ...doc, updatedAt: "2025-01-01T10:00:00.000Z", updatedBy: "Ana" };
}

describe("buildConflict with a known base", () => {
  it("merges non-overlapping changes and reports overlapping ones", () => {
    const mine: WorkspaceDoc = {
      answers: { workflow: { name: "Intake", owner: "Dana Whitfield" }, actions: [{ name: "Draft email", approval: "suggest" }] },
      scores: { securityControls: { score: 3 } },
      plan: {},
    };
    const theirs: WorkspaceDoc = {
      answers: { workflow: { name: "Lead intake", owner: "Dana" }, actions: [{ name: "Draft email", approval: "automated" }] },
      scores: { securityControls: { score: 4 } },
      plan: {},
    };
    const conflict = buildConflict(base, mine, server(theirs));
    expect(conflict.baseKnown).toBe(true);
    expect(conflict.theirRevision).toBe(8);
    expect(conflict.updatedBy).toBe("Ana");
    expect(conflict.theirChanges.map((c) => c.path)).toEqual([
      "answers.actions.0.approval",
      "answers.workflow.name",
      "scores.securityControls.score",
    ]);
    expect(conflict.conflicts).toEqual([{ path: "answers.actions.0.approval", base: "draft", mine: "suggest", theirs: "automated" }]);
    // Both sides' separate edits survive in the merge; the conflicting path holds theirs until chosen.
    expect(conflict.merged.answers.workflow).toEqual({ name: "Lead intake", owner: "Dana Whitfield" });
    expect(conflict.merged.scores.securityControls?.score).toBe(4);
    expect(conflict.merged.answers.actions?.[0]?.approval).toBe("automated");

    expect(allChosen(conflict, {})).toBe(false);
    expect(allChosen(conflict, { "answers.actions.0.approval": "mine" })).toBe(true);
    expect(resolveConflict(conflict, { "answers.actions.0.approval": "mine" }).answers.actions?.[0]?.approval).toBe("suggest");
    expect(resolveConflict(conflict, { "answers.actions.0.approval": "theirs" }).answers.actions?.[0]?.approval).toBe("automated");
  });

  it("keeps a field I emptied removed when I choose mine", () => {
    const mine: WorkspaceDoc = { answers: { workflow: { name: "Intake" }, actions: base.answers.actions }, scores: base.scores, plan: {} };
    const theirs: WorkspaceDoc = { ...base, answers: { ...base.answers, workflow: { name: "Intake", owner: "Sam" } } };
    const conflict = buildConflict(base, mine, server(theirs));
    expect(conflict.conflicts.map((c) => c.path)).toEqual(["answers.workflow.owner"]);
    expect(resolveConflict(conflict, { "answers.workflow.owner": "mine" }).answers.workflow).toEqual({ name: "Intake" });
  });
});

describe("buildConflict without a base (stale stored draft)", () => {
  it("turns every difference into a choice and starts from theirs", () => {
    const mine: WorkspaceDoc = { answers: { workflow: { name: "Mine" } }, scores: {}, plan: {} };
    const theirs: WorkspaceDoc = { answers: { workflow: { name: "Theirs", owner: "Ana" } }, scores: {}, plan: {} };
    const conflict = buildConflict(null, mine, server(theirs));
    expect(conflict.baseKnown).toBe(false);
    expect(conflict.merged).toEqual(theirs);
    expect(conflict.conflicts).toEqual([
      { path: "answers.workflow.name", base: undefined, mine: "Mine", theirs: "Theirs" },
      { path: "answers.workflow.owner", base: undefined, mine: undefined, theirs: "Ana" },
    ]);
    const resolved = resolveConflict(conflict, { "answers.workflow.name": "mine", "answers.workflow.owner": "theirs" });
    expect(resolved.answers.workflow).toEqual({ name: "Mine", owner: "Ana" });
  });
});
