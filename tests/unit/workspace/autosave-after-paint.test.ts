import { beforeAll, describe, expect, it, vi } from "vitest";
import { AutosaveController } from "@/components/workspace/autosave-controller";
import { statusOf } from "@/components/workspace/autosave-machine";
import { loadSchema, setAt, validateDoc, type WorkspaceDoc } from "@/components/workspace/draft";
import { createDraftStorage, draftKey } from "@/components/workspace/draft-storage";
import { controlledFetch, memoryStore } from "./support";

beforeAll(() => loadSchema());

const start: WorkspaceDoc = { answers: { workflow: { name: "Intake" } }, scores: {}, plan: {} };
const named = (name: string) => (doc: WorkspaceDoc) => setAt(doc, "answers.workflow.name", name);
const invalid = (doc: WorkspaceDoc) => setAt(doc, "answers.sourceOfTruth.0.object", "custom:");

/** A controller whose after-paint work waits in a queue the test runs. */
function setup() {
  const store = memoryStore();
  const network = controlledFetch();
  const queue: (() => void)[] = [];
  const validate = vi.fn(validateDoc);
  const controller = new AutosaveController(
    { revision: 5, doc: start, updatedAt: null },
    {
      url: "/api/o/acme/projects/p1/assessment",
      fetch: network.fetch,
      storage: createDraftStorage(store, "p1"),
      validate,
      afterPaint: (work) => queue.push(work),
    },
  );
  const paint = () => queue.splice(0).forEach((work) => work());
  return { controller, store, calls: network.calls, validate, queue, paint };
}

describe("AutosaveController after the paint (issue #17)", () => {
  it("checks and stores an edit after its frame, once for many keystrokes", () => {
    const { controller, store, validate, queue, paint } = setup();
    controller.update(named("A"));
    controller.update(named("AB"));
    controller.update(invalid);
    expect(controller.getState().doc.answers.sourceOfTruth).toHaveLength(1);
    expect(validate).not.toHaveBeenCalled();
    expect(store.map.has(draftKey("p1"))).toBe(false);
    expect(queue).toHaveLength(1);
    paint();
    expect(validate).toHaveBeenCalledTimes(1);
    expect(controller.getState().localIssues[0]?.path).toBe("answers.sourceOfTruth.0.object");
    expect(statusOf(controller.getState())).toBe("invalid");
    expect(JSON.parse(store.map.get(draftKey("p1")) ?? "{}").answers.workflow.name).toBe("AB");
  });

  it("checks an edit before sending it: an invalid draft is never sent, even on blur before the paint", () => {
    const { controller, calls } = setup();
    controller.update(invalid);
    controller.saveNow();
    expect(calls).toHaveLength(0);
    expect(statusOf(controller.getState())).toBe("invalid");
  });

  it("a fix clears the previous check's problems once checked, and is then sent with the draft stored", () => {
    const { controller, calls, store, paint } = setup();
    controller.update(invalid);
    paint();
    controller.update((doc) => setAt(doc, "answers.sourceOfTruth.0.object", "account"));
    controller.saveNow();
    expect(controller.getState().localIssues).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(store.map.has(draftKey("p1"))).toBe(true);
  });

  it("leaving the page stores the last edit although its frame never came", () => {
    const { controller, store } = setup();
    controller.update(named("Typed, then the tab was hidden"));
    controller.saveNow({ keepalive: true });
    expect(JSON.parse(store.map.get(draftKey("p1")) ?? "{}").answers.workflow.name).toBe("Typed, then the tab was hidden");
  });
});
