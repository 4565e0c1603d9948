import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { statusOf } from "@/components/workspace/autosave-machine";
import { AutosaveController, DEBOUNCE_MS } from "@/components/workspace/autosave-controller";
import { loadSchema, setAt, validateDoc, type WorkspaceDoc } from "@/components/workspace/draft";
import { createDraftStorage, draftKey } from "@/components/workspace/draft-storage";
import { controlledFetch, memoryStore } from "./support";

beforeAll(() => loadSchema());

const start: WorkspaceDoc = { answers: { workflow: { name: "Intake" } }, scores: {}, plan: {} };
const named = (name: string) => (doc: WorkspaceDoc) => setAt(doc, "answers.workflow.name", name);

function setup(options: { stored?: unknown; revision?: number } = {}) {
  const store = memoryStore();
  if (options.stored !== undefined) store.setItem(draftKey("p1"), JSON.stringify(options.stored));
  const network = controlledFetch();
  const controller = new AutosaveController(
    { revision: options.revision ?? 5, doc: start, updatedAt: "2025-01-01T00:00:00.000Z" },
    { url: "/api/o/acme/projects/p1/assessment", fetch: network.fetch, storage: createDraftStorage(store, "p1"), validate: validateDoc },
  );
  return { controller, store, calls: network.calls };
}

/** Lets resolved fetch promises and their .then handlers run. */
async function settle() {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveController", () => {
  it("takes a value typed again over itself as no edit: nothing is sent", async () => {
    const { controller, calls } = setup();
    controller.update(named("Intake"));
    expect(controller.getState().version).toBe(0);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(0);
  });

  it("saves once, a second after the last edit, and forgets the stored draft on ack", async () => {
    const { controller, store, calls } = setup();
    controller.update(named("A"));
    await vi.advanceTimersByTimeAsync(500);
    controller.update(named("AB"));
    expect(store.map.has(draftKey("p1"))).toBe(true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toEqual({ baseRevision: 5, answers: { workflow: { name: "AB" } }, scores: {}, plan: {} });
    calls[0]?.respond(200, { revision: 6, savedAt: "t" });
    await settle();
    expect(statusOf(controller.getState())).toBe("saved");
    expect(store.map.has(draftKey("p1"))).toBe(false);
  });

  it("saves at once on blur, one request at a time, queued edits after the ack", async () => {
    const { controller, calls } = setup();
    controller.update(named("A"));
    controller.saveNow();
    expect(calls).toHaveLength(1);
    controller.update(named("AB"));
    controller.saveNow();
    expect(calls).toHaveLength(1);
    calls[0]?.respond(200, { revision: 6, savedAt: null });
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toMatchObject({ baseRevision: 6, answers: { workflow: { name: "AB" } } });
  });

  it("retries after 2 s, then 4 s, and recovers", async () => {
    const { controller, calls } = setup();
    controller.update(named("A"));
    controller.saveNow();
    calls[0]?.fail();
    await settle();
    expect(statusOf(controller.getState())).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    calls[1]?.respond(503, {});
    await settle();
    await vi.advanceTimersByTimeAsync(3999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    calls[2]?.respond(200, { revision: 6, savedAt: null });
    await settle();
    expect(statusOf(controller.getState())).toBe("saved");
  });

  it("a 400 keeps the input and does not resend it; a locally invalid draft is never sent", async () => {
    const { controller, calls } = setup();
    controller.update(named("A"));
    controller.saveNow();
    calls[0]?.respond(400, { error: "validation", message: "Bad", issues: [{ path: "answers.workflow.name", message: "nope" }] });
    await settle();
    const state = controller.getState();
    expect(statusOf(state)).toBe("invalid");
    expect(state.serverIssues).toEqual([{ path: "answers.workflow.name", message: "nope" }]);
    expect(state.doc.answers.workflow?.name).toBe("A");
    controller.saveNow();
    expect(calls).toHaveLength(1);

    controller.update((doc) => setAt(doc, "answers.sourceOfTruth.0.object", "custom:"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(calls).toHaveLength(1);
    expect(controller.getState().localIssues[0]?.path).toBe("answers.sourceOfTruth.0.object");
  });

  it("a 409 shows a conflict; saving the merge uses their revision", async () => {
    const { controller, calls, store } = setup();
    controller.update(named("Mine"));
    controller.saveNow();
    calls[0]?.respond(409, {
      error: "conflict",
      message: "Changed",
      current: { revision: 9, answers: { workflow: { name: "Theirs" } }, scores: {}, plan: {}, updatedAt: "t", updatedBy: { name: "Ana" } },
    });
    await settle();
    const conflict = controller.getState().conflict;
    expect(conflict?.updatedBy).toBe("Ana");
    expect(conflict?.conflicts.map((c) => c.path)).toEqual(["answers.workflow.name"]);
    // The draft is still stored against the old revision: a reload must not lose it.
    expect(JSON.parse(store.map.get(draftKey("p1")) ?? "{}").baseRevision).toBe(5);

    controller.resolve({ "answers.workflow.name": "mine" });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toEqual({ baseRevision: 9, answers: { workflow: { name: "Mine" } }, scores: {}, plan: {} });
  });

  it("flush waits for the acknowledgement and reports the revision", async () => {
    const { controller, calls } = setup();
    controller.update(named("A"));
    const flushed = controller.flush();
    await settle();
    calls[0]?.respond(200, { revision: 6, savedAt: null });
    await expect(flushed).resolves.toEqual({ ok: true, revision: 6 });
    await expect(controller.flush()).resolves.toEqual({ ok: true, revision: 6 });
  });

  it("flush reports a failure instead of waiting for retries", async () => {
    const { controller, calls } = setup();
    controller.update(named("A"));
    const flushed = controller.flush();
    await settle();
    calls[0]?.respond(500, {});
    await expect(flushed).resolves.toEqual({ ok: false, reason: "failed" });
  });

  it("restores a draft of the current revision and saves it", async () => {
    const { controller, calls } = setup({ stored: { baseRevision: 5, answers: { workflow: { name: "Draft" } }, scores: {}, plan: {} } });
    controller.restoreDraft();
    controller.restoreDraft();
    expect(controller.getState().doc.answers.workflow?.name).toBe("Draft");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ baseRevision: 5 });
  });

  it("a draft of an older revision opens the conflict view instead of saving", () => {
    const { controller, calls } = setup({ stored: { baseRevision: 3, answers: { workflow: { name: "Draft" } }, scores: {}, plan: {} } });
    controller.restoreDraft();
    expect(statusOf(controller.getState())).toBe("conflict");
    expect(controller.getState().conflict?.baseKnown).toBe(false);
    expect(calls).toHaveLength(0);
    controller.discardMine();
    expect(controller.getState().doc).toEqual(start);
  });

  it("a stored draft identical to the server is simply dropped", () => {
    const { controller, store } = setup({ stored: { baseRevision: 4, ...start } });
    controller.restoreDraft();
    expect(store.map.size).toBe(0);
    expect(statusOf(controller.getState())).toBe("saved");
  });

  it("sends with keepalive when the tab is hidden", () => {
    const { controller, calls } = setup();
    controller.update(named("A"));
    controller.saveNow({ keepalive: true });
    expect(calls[0]?.keepalive).toBe(true);
  });
});

describe("AutosaveController edits", () => {
  it("ignores an edit that changes nothing", async () => {
    const { controller, calls, store } = setup();
    controller.update(named("Intake"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(calls).toHaveLength(0);
    expect(controller.getState().version).toBe(0);
    expect(store.map.size).toBe(0);
  });
});
