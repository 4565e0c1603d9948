/** Field-level diff and merge: audit events, the conflict view and snapshot comparison read these. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffFields, flatten, mergeFields } from "@/lib/assessments/diff";

const asJson = (value: unknown) => JSON.stringify(value);

describe("diffFields", () => {
  it("reports exactly the leaves that differ as JSON, with both values", () => {
    const json = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    const doc = fc.dictionary(fc.constantFrom("answers", "scores", "a", "b"), json, { maxKeys: 3 });
    fc.assert(
      fc.property(doc, doc, (before, after) => {
        const changes = diffFields(before, after);
        const a = flatten(before);
        const b = flatten(after);
        const changed = new Set(changes.map((c) => c.path));
        expect(changed.size).toBe(changes.length);
        for (const change of changes) {
          expect(change.before).toEqual(a.get(change.path));
          expect(change.after).toEqual(b.get(change.path));
          expect(asJson(change.before)).not.toBe(asJson(change.after));
        }
        for (const path of new Set([...a.keys(), ...b.keys()])) {
          if (!changed.has(path)) expect(asJson(a.get(path))).toBe(asJson(b.get(path)));
        }
        expect(diffFields(before, before)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("sorts paths with row numbers in numeric order", () => {
    const before = { rows: Array.from({ length: 12 }, (_, i) => ({ name: `row ${i}` })) };
    const after = { rows: before.rows.map((row) => ({ name: `${row.name}!` })) };
    const paths = diffFields(before, after).map((c) => c.path);
    expect(paths.slice(0, 3)).toEqual(["rows.0.name", "rows.1.name", "rows.2.name"]);
    expect(paths.at(-1)).toBe("rows.11.name");
  });

  it("treats an added or removed field as a change from or to undefined", () => {
    expect(diffFields({ a: { x: 1 } }, { a: { x: 1, y: "new" } })).toEqual([{ path: "a.y", before: undefined, after: "new" }]);
    expect(diffFields({ a: [1, 2] }, {})).toEqual([{ path: "a", before: [1, 2], after: undefined }]);
    expect(diffFields({ a: null }, { a: 0 })).toEqual([{ path: "a", before: null, after: 0 }]);
  });
});

describe("mergeFields", () => {
  it("applies my changes over theirs and reports the fields both changed differently", () => {
    const base = { name: "A", owner: "Kim", risk: "low" };
    const mine = { name: "A2", owner: "Lee", risk: "low" };
    const theirs = { name: "A", owner: "Ana", risk: "high" };
    const { merged, conflicts } = mergeFields(base, mine, theirs);
    expect(merged).toEqual({ name: "A2", owner: "Ana", risk: "high" });
    expect(conflicts).toEqual([{ path: "owner", base: "Kim", mine: "Lee", theirs: "Ana" }]);
  });
});
