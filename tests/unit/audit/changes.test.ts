import { describe, expect, it } from "vitest";
import { readAuditChanges } from "@/lib/audit/changes";

describe("reading an audit event's changes", () => {
  it("gives back each field's before and after as stored", () => {
    const stored = {
      name: { before: "Old", after: "New" },
      systems: { before: ["crm"], after: [] },
      "scores.dataOwnership": { before: null, after: { score: 3 } },
    };
    expect(readAuditChanges(stored)).toEqual(stored);
  });

  it("reads a side JSON dropped (it was undefined when written) as null", () => {
    expect(readAuditChanges({ ownerId: { after: "u1" } })).toEqual({ ownerId: { before: null, after: "u1" } });
  });

  it("throws for a column that is not field → { before, after }", () => {
    expect(() => readAuditChanges(["name"])).toThrow(/^Stored audit changes are invalid/);
    expect(() => readAuditChanges({ name: "New" })).toThrow(/^Stored audit changes are invalid: name: /);
  });
});
