import { describe, expect, it } from "vitest";
import {
  canSend,
  hasUnsavedChanges,
  initialAutosaveState,
  reduceAutosave,
  retryDelay,
  statusOf,
  type AutosaveEvent,
  type AutosaveState,
} from "@/components/workspace/autosave-machine";
import type { ServerVersion } from "@/components/workspace/conflict";
import { setAt, type WorkspaceDoc } from "@/components/workspace/draft";

const start: WorkspaceDoc = { answers: { workflow: { name: "Intake" } }, scores: {}, plan: {} };
const initial = () => initialAutosaveState({ revision: 5, doc: start });

function run(state: AutosaveState, ...events: AutosaveEvent[]): AutosaveState {
  return events.reduce(reduceAutosave, state);
}

const edit = (doc: WorkspaceDoc): AutosaveEvent => ({ type: "edit", doc, issues: [] });
const named = (name: string) => setAt(start, "answers.workflow.name", name);

describe("autosave machine", () => {
  it("starts saved with nothing to send", () => {
    const state = initial();
    expect(statusOf(state)).toBe("saved");
    expect(canSend(state)).toBe(false);
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it("an edit is pending, sent, then acknowledged with the new base", () => {
    let state = run(initial(), edit(named("A")));
    expect(statusOf(state)).toBe("saving");
    expect(canSend(state)).toBe(true);
    state = run(state, { type: "send" });
    expect(state.inFlight).toEqual({ version: 1, doc: named("A"), baseRevision: 5 });
    expect(canSend(state)).toBe(false);
    state = run(state, { type: "saved", revision: 6, savedAt: "t" });
    expect(statusOf(state)).toBe("saved");
    expect(state.baseRevision).toBe(6);
    expect(state.base).toEqual(named("A"));
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it("a 409 whose current version already holds what was sent counts as saved, not as a conflict", () => {
    const sent = run(initial(), edit(named("A")), { type: "send" });
    const same: ServerVersion = { revision: 7, answers: named("A").answers, scores: {}, plan: {}, updatedAt: "t", updatedBy: "Someone" };
    const state = run(sent, { type: "conflict", current: same });
    expect(statusOf(state)).toBe("saved");
    expect(state.conflict).toBeNull();
    expect(state.baseRevision).toBe(7);
    const other: ServerVersion = { ...same, answers: named("B").answers };
    expect(statusOf(run(sent, { type: "conflict", current: other }))).toBe("conflict");
  });

  it("queues edits made during a save and sends them against the new revision", () => {
    let state = run(initial(), edit(named("A")), { type: "send" }, edit(named("AB")));
    expect(canSend(state)).toBe(false); // one request at a time
    state = run(state, { type: "saved", revision: 6, savedAt: null });
    expect(statusOf(state)).toBe("saving");
    expect(canSend(state)).toBe(true);
    state = run(state, { type: "send" });
    expect(state.inFlight).toEqual({ version: 2, doc: named("AB"), baseRevision: 6 });
    expect(state.base).toEqual(named("A"));
  });

  it("failures retry with backoff capped at 30 s", () => {
    const state = run(initial(), edit(named("A")), { type: "send" }, { type: "failed" });
    expect(statusOf(state)).toBe("retrying");
    expect(state.failures).toBe(1);
    expect(canSend(state)).toBe(true);
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    const recovered = run(state, { type: "send" }, { type: "saved", revision: 6, savedAt: null });
    expect(recovered.failures).toBe(0);
    expect(statusOf(recovered)).toBe("saved");
  });

  it("local problems block sending; a server 400 blocks resending the same version", () => {
    const local = run(initial(), { type: "edit", doc: named("A"), issues: [{ path: "answers.workflow.name", message: "bad" }] });
    expect(statusOf(local)).toBe("invalid");
    expect(canSend(local)).toBe(false);

    const rejected = run(
      initial(),
      edit(named("A")),
      { type: "send" },
      { type: "invalid", issues: [{ path: "answers.workflow.name", message: "bad" }] },
    );
    expect(statusOf(rejected)).toBe("invalid");
    expect(canSend(rejected)).toBe(false);
    expect(rejected.doc).toEqual(named("A")); // the input is kept
    const fixed = run(rejected, edit(named("B")));
    expect(canSend(fixed)).toBe(true);
    expect(fixed.serverIssues).toHaveLength(1); // shown until the next answer
  });

  it("a 409 opens a conflict with the last acknowledged base; resolving saves against their revision", () => {
    const theirs: ServerVersion = {
      revision: 9,
      answers: { workflow: { name: "Intake", owner: "Ana" } },
      scores: {},
      plan: {},
      updatedAt: "t",
      updatedBy: "Ana",
    };
    let state = run(initial(), edit(named("Mine")), { type: "send" }, { type: "conflict", current: theirs });
    expect(statusOf(state)).toBe("conflict");
    expect(state.conflict?.baseKnown).toBe(true);
    expect(state.conflict?.merged.answers.workflow).toEqual({ name: "Mine", owner: "Ana" });
    expect(hasUnsavedChanges(state)).toBe(true);
    expect(run(state, edit(named("ignored")))).toBe(state);

    const merged = state.conflict!.merged;
    state = run(state, { type: "resolve", doc: merged, issues: [] });
    expect(state.baseRevision).toBe(9);
    expect(canSend(state)).toBe(true);
    expect(run(state, { type: "send" }).inFlight?.baseRevision).toBe(9);
  });

  it("discarding takes their version with nothing left to save", () => {
    const theirs: ServerVersion = { revision: 9, answers: {}, scores: {}, plan: {}, updatedAt: "t", updatedBy: null };
    const state = run(initial(), edit(named("Mine")), { type: "send" }, { type: "conflict", current: theirs }, { type: "discard" });
    expect(state.doc).toEqual({ answers: {}, scores: {}, plan: {} });
    expect(state.baseRevision).toBe(9);
    expect(statusOf(state)).toBe("saved");
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it("restores a draft of the same revision, and treats an older one as a conflict", () => {
    const server: ServerVersion = { revision: 5, ...start, updatedAt: null, updatedBy: null };
    const same = run(initial(), { type: "restore", draft: { baseRevision: 5, ...named("Draft") }, server, issues: [] });
    expect(same.doc).toEqual(named("Draft"));
    expect(canSend(same)).toBe(true);

    const stale = run(initial(), { type: "restore", draft: { baseRevision: 3, ...named("Draft") }, server, issues: [] });
    expect(statusOf(stale)).toBe("conflict");
    expect(stale.conflict?.baseKnown).toBe(false);
    expect(stale.conflict?.conflicts.map((c) => c.path)).toEqual(["answers.workflow.name"]);
    expect(stale.baseRevision).toBe(3);

    const identical = initial();
    expect(run(identical, { type: "restore", draft: { baseRevision: 2, ...start }, server, issues: [] })).toBe(identical);
  });
});
