import { describe, expect, it } from "vitest";
import { createDraftStorage, draftKey, type EnumerableStore } from "@/components/workspace/draft-storage";
import { forgetLocalDrafts, localDrafts, sendLocalDrafts } from "@/components/workspace/local-drafts";
import { detachOpenWorkspaces, flushOpenWorkspaces, registerOpenWorkspace } from "@/components/workspace/open-workspaces";
import { memoryStore } from "./support";

/** memoryStore with the key listing localStorage has. */
function listedStore(): EnumerableStore & { map: Map<string, string> } {
  const store = memoryStore();
  return {
    ...store,
    get length() {
      return store.map.size;
    },
    key: (index: number) => [...store.map.keys()][index] ?? null,
  };
}

const draft = (name: string) => ({ baseRevision: 3, answers: { workflow: { name } }, scores: {} });

function withDrafts() {
  const store = listedStore();
  createDraftStorage(store, "p1", "acme").save(draft("One"));
  createDraftStorage(store, "p2", "globex").save(draft("Two"));
  // Written before drafts kept their organization: it cannot be sent, but is still a draft.
  store.setItem(draftKey("p3"), JSON.stringify(draft("Three")));
  store.setItem(`${draftKey("p4")}`, "not json");
  store.setItem("theme", "dark");
  return store;
}

describe("the drafts a browser keeps", () => {
  it("lists every project's draft with where it is saved", () => {
    const found = localDrafts(withDrafts()).map(({ projectId, orgSlug, draft: d }) => ({
      projectId,
      orgSlug,
      name: d.answers.workflow?.name,
    }));
    expect(found).toEqual([
      { projectId: "p1", orgSlug: "acme", name: "One" },
      { projectId: "p2", orgSlug: "globex", name: "Two" },
      { projectId: "p3", orgSlug: null, name: "Three" },
    ]);
  });

  it("sends each to its project and removes those the server took", async () => {
    const store = withDrafts();
    const sent: { url: string; body: unknown }[] = [];
    const fetcher: typeof fetch = async (input, init) => {
      sent.push({ url: String(input), body: JSON.parse(String(init?.body)) });
      return String(input).includes("/acme/")
        ? Response.json({ revision: 4, savedAt: null })
        : Response.json({ error: "conflict" }, { status: 503 });
    };
    expect(await sendLocalDrafts(store, fetcher)).toBe(2);
    expect(sent).toEqual([
      { url: "/api/o/acme/projects/p1/assessment", body: draft("One") },
      { url: "/api/o/globex/projects/p2/assessment", body: draft("Two") },
    ]);
    expect(store.map.has(draftKey("p1"))).toBe(false);
    expect(store.map.has(draftKey("p2"))).toBe(true);
  });

  it("forgets every Preflight draft, and nothing else", () => {
    const store = withDrafts();
    forgetLocalDrafts(store);
    expect([...store.map.keys()]).toEqual(["theme"]);
  });
});

describe("open workspaces", () => {
  it("are flushed, without waiting for ever on one that hangs, then detached", async () => {
    const events: string[] = [];
    const unregisterQuick = registerOpenWorkspace({
      flush: async () => void events.push("flushed"),
      detach: () => events.push("detached"),
    });
    const unregisterStuck = registerOpenWorkspace({ flush: () => new Promise(() => undefined), detach: () => events.push("detached") });
    await flushOpenWorkspaces(20);
    detachOpenWorkspaces();
    unregisterQuick();
    unregisterStuck();
    detachOpenWorkspaces();
    expect(events).toEqual(["flushed", "detached", "detached"]);
  });
});
