import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/readiness";
import { displayState, generatePlan, reconcile, stillFiring, type GeneratedItem, type StoredItem } from "@/lib/remediation";
import { loadDocument } from "./fixtures";

const START = "2027-01-04";

/** What persistence would store for a generated item, with the person-set parts given. */
function stored(item: GeneratedItem, over: Partial<StoredItem> = {}): StoredItem {
  const { key, severity, track, window, title, message, remediation, dueDate } = item;
  return {
    key,
    severity,
    track,
    window,
    title,
    message,
    remediation,
    dueDate,
    status: "open",
    resolvedAt: null,
    dueDateSetByPerson: false,
    ...over,
  };
}

function planOf(document = loadDocument("blocked-v2"), start = START) {
  return generatePlan({ evaluation: evaluate(document), document, start });
}

describe("reconcile", () => {
  it("creates every item of a first plan and changes nothing on an unchanged save", () => {
    const items = planOf();
    expect(reconcile([], items)).toEqual({ create: items, resolve: [], reopen: [], refresh: [] });
    expect(
      reconcile(
        items.map((item) => stored(item)),
        items,
      ),
    ).toEqual({ create: [], resolve: [], reopen: [], refresh: [] });
  });

  it("resolves an item whose finding disappeared, and reopens it when the finding comes back", () => {
    const document = loadDocument("blocked-v2");
    const first = planOf(document);
    const key = "BIG_BANG_ROLLOUT@plan.rollout.0";
    expect(first.map((item) => item.key)).toContain(key);
    // Fix it: the first phase is a pilot now.
    document.plan!.rollout![0]!.stage = "pilot";
    const fixed = planOf(document);
    const store = first.map((item) => stored(item, item.key === key ? { status: "in_progress" } : {}));
    const afterFix = reconcile(store, fixed);
    expect(afterFix.resolve).toEqual([key]);
    expect(afterFix.create).toEqual([]);
    expect(afterFix.reopen).toEqual([]);
    // Resolved is remembered, not repeated on the next save.
    const resolvedStore = store.map((item) => (item.key === key ? { ...item, resolvedAt: "2027-01-10T09:00:00.000Z" } : item));
    expect(reconcile(resolvedStore, fixed).resolve).toEqual([]);
    // Break it again: the same item reopens (its status, owner and notes are the stored ones).
    document.plan!.rollout![0]!.stage = "full";
    const again = reconcile(resolvedStore, planOf(document));
    expect(again.reopen).toEqual([key]);
    expect(again.create).toEqual([]);
    expect(again.resolve).toEqual([]);
  });

  it("refreshes computed fields that changed and leaves identical ones out", () => {
    const items = planOf();
    const [first, second] = items as [GeneratedItem, GeneratedItem];
    const store = items.map((item) => stored(item));
    store[0] = { ...store[0]!, message: "Old wording.", severity: "warning", window: "days-61-90" };
    store[1] = { ...store[1]!, title: "Old title" };
    expect(reconcile(store, items).refresh).toEqual([
      { key: first.key, message: first.message, severity: "blocker", window: "days-1-30" },
      { key: second.key, title: second.title },
    ]);
  });

  it("moves due dates with the start date only where no person set one", () => {
    const items = planOf();
    const store = items.map((item, index) => stored(item, index === 0 ? { dueDateSetByPerson: true, dueDate: "2027-01-15" } : {}));
    const moved = planOf(loadDocument("blocked-v2"), "2027-02-01");
    const { refresh } = reconcile(store, moved);
    expect(refresh.map((entry) => entry.key)).toEqual(items.slice(1).map((item) => item.key));
    for (const entry of refresh) {
      expect(entry.dueDate).toBe(moved.find((item) => item.key === entry.key)!.dueDate);
      expect(Object.keys(entry).sort()).toEqual(["dueDate", "key"]);
    }
  });

  it("never touches the person's status: done stays done when the finding reappears, open stays open when it goes", () => {
    const items = planOf();
    const store = items.map((item, index) =>
      stored(item, index === 0 ? { status: "done", resolvedAt: "2027-01-10T09:00:00.000Z" } : { status: "in_progress" }),
    );
    const result = reconcile(store, items.slice(0, 1));
    expect(result.reopen).toEqual([items[0]!.key]);
    expect(result.resolve).toEqual(items.slice(1).map((item) => item.key));
    // The result names keys and computed fields only: there is no status, owner or notes in it to apply.
    for (const entry of result.refresh) expect(entry).not.toHaveProperty("status");
  });
});

describe("stillFiring and displayState", () => {
  const current = new Set(["A@x", "B@y"]);

  it("flags an item marked done whose finding still fires", () => {
    expect(stillFiring({ key: "A@x", status: "done" }, current)).toBe(true);
    expect(stillFiring({ key: "A@x", status: "in_progress" }, current)).toBe(false);
    expect(stillFiring({ key: "C@z", status: "done" }, current)).toBe(false);
  });

  it("shows resolved, still firing, or the person's status", () => {
    expect(displayState({ key: "C@z", status: "open", resolvedAt: "2027-01-10T09:00:00.000Z" }, current)).toBe("resolved");
    expect(displayState({ key: "A@x", status: "done", resolvedAt: null }, current)).toBe("still_firing");
    expect(displayState({ key: "B@y", status: "in_progress", resolvedAt: null }, current)).toBe("in_progress");
    // Reopened but not yet saved as such: the finding fires, so it is not shown as resolved.
    expect(displayState({ key: "B@y", status: "open", resolvedAt: "2027-01-10T09:00:00.000Z" }, current)).toBe("open");
  });
});
