import { describe, expect, it } from "vitest";
import { setAt, type WorkspaceDoc } from "@/components/workspace/draft";
import { standingIssues } from "@/lib/workspace/standing-issues";

describe("server-reported problems", () => {
  const refused: WorkspaceDoc = {
    answers: { workflow: { name: "x".repeat(600), owner: "Dana" }, logs: { retentionDays: 30 } },
    scores: {},
    plan: {},
  };
  const issues = [
    { path: "answers.workflow.name", message: "too long" },
    { path: "answers.logs.retentionDays", message: "not allowed here" },
  ];

  it("stay while their field holds what was refused", () => {
    const other = setAt(refused, "answers.workflow.owner", "Marco");
    expect(standingIssues(issues, refused, other)).toEqual(issues);
  });

  it("clear as soon as their field changes", () => {
    const fixed = setAt(refused, "answers.workflow.name", "Intake");
    expect(standingIssues(issues, refused, fixed)).toEqual([issues[1]]);
  });
});
