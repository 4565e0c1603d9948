import { expect, it } from "vitest";
import { loadSchema, validateDoc } from "@/components/workspace/draft";

it("flags nothing until the schema has loaded, then checks edits as the server does", async () => {
  const invalid = { answers: {}, scores: { workflowMapping: { score: 9 } }, plan: {} } as never;
  expect(validateDoc(invalid)).toEqual([]);
  await loadSchema();
  expect(validateDoc(invalid)).toEqual([expect.objectContaining({ path: "scores.workflowMapping.score" })]);
  expect(validateDoc({ answers: {}, scores: { workflowMapping: { score: 3 } }, plan: {} } as never)).toEqual([]);
});
