import { afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { AutosaveController } from "@/components/workspace/autosave-controller";
import { loadSchema, setAt, validateDoc, type WorkspaceDoc } from "@/components/workspace/draft";
import { createDraftStorage, draftKey } from "@/components/workspace/draft-storage";
import { controlledFetch, memoryStore } from "./support";

beforeAll(() => loadSchema());
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const start: WorkspaceDoc = { answers: { workflow: { name: "Intake" } }, scores: {}, plan: {} };

it("a detached autosave (signing out) neither sends nor stores its draft again", async () => {
  const store = memoryStore();
  const network = controlledFetch();
  const controller = new AutosaveController(
    { revision: 5, doc: start, updatedAt: null },
    {
      url: "/api/o/acme/projects/p1/assessment",
      fetch: network.fetch,
      storage: createDraftStorage(store, "p1", "acme"),
      validate: validateDoc,
    },
  );
  controller.update((doc) => setAt(doc, "answers.workflow.name", "Typed, not sent"));
  expect(JSON.parse(store.map.get(draftKey("p1"))!)).toMatchObject({ orgSlug: "acme", baseRevision: 5 });
  controller.detach();
  store.map.clear();
  controller.saveNow({ keepalive: true });
  controller.update((doc) => setAt(doc, "answers.workflow.name", "Typed after"));
  await vi.advanceTimersByTimeAsync(60_000);
  expect(network.calls).toEqual([]);
  expect(store.map.size).toBe(0);
});
