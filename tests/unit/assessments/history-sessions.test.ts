import { describe, expect, it } from "vitest";
import { groupHistory, type HistoryEvent } from "@/lib/assessments/history-sessions";

const ana = { id: "u-ana", name: "Ana" };
const ben = { id: "u-ben", name: "Ben" };
const t0 = Date.parse("2026-12-05T09:00:00Z");
const minutes = (m: number) => new Date(t0 + m * 60_000);
let serial = 0;
const save = (at: number, actor: HistoryEvent["actor"], changes: Record<string, { before: unknown; after: unknown }>): HistoryEvent => ({
  id: `e${(serial += 1)}`,
  action: "assessment.saved",
  createdAt: minutes(at),
  changes,
  actor,
});
/** Events as the database lists them: newest first. */
const newestFirst = (...events: HistoryEvent[]) => [...events].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

describe("groupHistory", () => {
  it("turns one sitting of autosaves into one entry with the net change of each field", () => {
    const events = newestFirst(
      save(0, ana, { "answers.workflow.name": { before: undefined, after: "E" } }),
      save(1, ana, { "answers.workflow.name": { before: "E", after: "Enrich leads" } }),
      save(9, ana, { "answers.logs.captured": { before: ["inputs"], after: ["inputs", "outputs"] } }),
      save(18, ana, { "scores.dataOwnership.score": { before: 2, after: 3 } }),
    );
    const [entry, ...rest] = groupHistory(events);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ events: 4, from: minutes(0), to: minutes(18), actor: ana });
    expect(entry!.changes).toEqual([
      ["answers.workflow.name", { before: null, after: "Enrich leads" }],
      ["answers.logs.captured", { before: ["inputs"], after: ["inputs", "outputs"] }],
      ["scores.dataOwnership.score", { before: 2, after: 3 }],
    ]);
  });

  it("159 saves a minute apart are one entry", () => {
    const events = newestFirst(
      ...Array.from({ length: 159 }, (_, i) => save(i, ana, { "answers.workflow.name": { before: `v${i}`, after: `v${i + 1}` } })),
    );
    const entries = groupHistory(events);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.events).toBe(159);
    expect(entries[0]!.changes).toEqual([["answers.workflow.name", { before: "v0", after: "v159" }]]);
  });

  it("starts a new sitting after ten minutes without a save, or when someone else saves", () => {
    const events = newestFirst(
      save(0, ana, { a: { before: 1, after: 2 } }),
      save(10, ana, { a: { before: 2, after: 3 } }), // exactly ten minutes: a new sitting
      save(11, ben, { b: { before: 1, after: 2 } }),
      save(12, ana, { a: { before: 3, after: 4 } }),
    );
    expect(groupHistory(events).map((e) => [e.actor?.name, e.events])).toEqual([
      ["Ana", 1],
      ["Ben", 1],
      ["Ana", 1],
      ["Ana", 1],
    ]);
  });

  it("never merges other events, and a snapshot ends a sitting", () => {
    const submitted: HistoryEvent = {
      id: "snap",
      action: "snapshot.submitted",
      createdAt: minutes(2),
      changes: { verdict: { before: null, after: "blocked" } },
      actor: ana,
    };
    const events = newestFirst(save(0, ana, { a: { before: 1, after: 2 } }), submitted, save(3, ana, { a: { before: 2, after: 3 } }));
    expect(groupHistory(events).map((e) => e.action)).toEqual(["assessment.saved", "snapshot.submitted", "assessment.saved"]);
  });

  it("leaves out a field changed and changed back within the sitting", () => {
    const events = newestFirst(
      save(0, ana, { a: { before: "x", after: "y" }, b: { before: 1, after: 2 } }),
      save(1, ana, { a: { before: "y", after: "x" } }),
    );
    expect(groupHistory(events)[0]!.changes).toEqual([["b", { before: 1, after: 2 }]]);
  });
});
