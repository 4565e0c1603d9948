import { describe, expect, it } from "vitest";
import { loadSchema, setAt, tidy, validateDoc, type WorkspaceDoc } from "@/components/workspace/draft";

/**
 * The workspace shows the v1 fields of an action row; an import (or the API) may have stored
 * the v2 contract fields too. A save from the workspace must send them back as they were,
 * and the browser's check must not refuse them.
 */
const imported = {
  answers: {
    actions: [
      { name: "Issue the refund", kind: "update", riskTier: "high", requiredInputs: "Invoice id", rollback: "compensating_action" },
    ],
    logs: { captured: ["output", "source_record_id"] },
  },
  scores: {},
  plan: {},
} as unknown as WorkspaceDoc;

describe("v2 fields the workspace does not show", () => {
  it("survive an edit of another field of the same row and a tidy", () => {
    const edited = tidy(setAt(imported, "answers.actions.0.name", "Issue a refund"));
    expect(edited.answers.actions?.[0]).toEqual({
      name: "Issue a refund",
      kind: "update",
      riskTier: "high",
      requiredInputs: "Invoice id",
      rollback: "compensating_action",
    });
    expect(edited.answers.logs?.captured).toEqual(["output", "source_record_id"]);
  });

  it("pass the browser's check of the document, which is the server's v2 schema", async () => {
    await loadSchema();
    expect(validateDoc(imported)).toEqual([]);
    const wrong = setAt(imported, "answers.actions.0.riskTier", "extreme");
    expect(validateDoc(wrong)).toEqual([expect.objectContaining({ path: "answers.actions.0.riskTier" })]);
  });
});
