import { describe, expect, it } from "vitest";
import { indexIssues, sameIssues } from "@/lib/workspace/issue-index";

const issues = [
  { path: "answers.dataSources.0.sensitivity.2", message: "Unknown class." },
  { path: "answers.dataSources.0.sensitivity", message: "Pick at least one." },
  { path: "answers.workflow.outcome", message: "Describe the outcome." },
  { path: "answers.workflow.outcome.metric", message: "Name the metric." },
];

describe("indexIssues", () => {
  it("gives a field its own messages and those inside it, in order", () => {
    const index = indexIssues(issues);
    expect(index.errorsFor("answers.dataSources.0.sensitivity", false)).toEqual(["Unknown class.", "Pick at least one."]);
    expect(index.errorsFor("answers.workflow.outcome.metric", false)).toEqual(["Name the metric."]);
  });

  it("gives a container only its own messages when asked for exact ones", () => {
    expect(indexIssues(issues).errorsFor("answers.workflow.outcome", true)).toEqual(["Describe the outcome."]);
  });

  it("does not mistake a sibling that shares a prefix for a child", () => {
    expect(indexIssues([{ path: "answers.actions.10.name", message: "x" }]).errorsFor("answers.actions.1", false)).toEqual([]);
  });

  it("answers the same array on every lookup, so fields without a change do not re-render", () => {
    const index = indexIssues(issues);
    expect(index.errorsFor("answers.workflow.outcome", false)).toBe(index.errorsFor("answers.workflow.outcome", false));
    expect(index.errorsFor("answers.logs", false)).toBe(indexIssues([]).errorsFor("answers.scope", true));
  });
});

describe("sameIssues", () => {
  it("compares paths and messages in order", () => {
    expect(
      sameIssues(
        issues,
        issues.map((issue) => ({ ...issue })),
      ),
    ).toBe(true);
    expect(sameIssues(issues, [...issues].reverse())).toBe(false);
    expect(sameIssues(issues, issues.slice(1))).toBe(false);
  });
});
