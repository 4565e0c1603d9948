import { describe, expect, it } from "vitest";
import { describePath, describeValue } from "@/lib/readiness/describe-path";
import { fieldIdFor, focusCandidates, pathBelongsTo, stepForPath } from "@/components/workspace/paths";

describe("fieldIdFor", () => {
  it("turns dotted paths into ids", () => {
    expect(fieldIdFor("answers.workflow.name")).toBe("f-answers-workflow-name");
    expect(fieldIdFor("answers.actions.2.approval")).toBe("f-answers-actions-2-approval");
    expect(fieldIdFor("answers.actions.2")).toBe("f-answers-actions-2");
    expect(fieldIdFor("scores.securityControls")).toBe("f-scores-securityControls");
  });
});

describe("stepForPath and focusCandidates", () => {
  it("maps paths to steps", () => {
    expect(stepForPath("answers.actions.2.approval")).toBe("actions");
    expect(stepForPath("answers.testCases")).toBe("testCases");
    expect(stepForPath("scores.securityControls")).toBe("scores");
    expect(stepForPath("(root)")).toBeNull();
    expect(stepForPath("project.name")).toBeNull();
  });

  it("falls back from a field to its row and section", () => {
    expect(focusCandidates("answers.actions.2.approval")).toEqual([
      "f-answers-actions-2-approval",
      "f-answers-actions-2",
      "f-answers-actions",
    ]);
    expect(focusCandidates("scores.dataOwnership")).toEqual(["f-scores-dataOwnership"]);
  });

  it("attributes nested issues to their control", () => {
    expect(pathBelongsTo("answers.dataSources.0.sensitivity.2", "answers.dataSources.0.sensitivity")).toBe(true);
    expect(pathBelongsTo("answers.dataSources.0.sensitivity", "answers.dataSources.0.sensitivity")).toBe(true);
    expect(pathBelongsTo("answers.dataSources.0.sensitivityX", "answers.dataSources.0.sensitivity")).toBe(false);
  });
});

describe("describePath", () => {
  it("labels row fields with question, row number and field label", () => {
    expect(describePath("answers.actions.2.approval")).toBe("Q5 · Action 3 · Approval level");
    expect(describePath("answers.sourceOfTruth.0.owningSystem")).toBe("Q2 · Object 1 · Owning system");
    expect(describePath("answers.dataSources.1.sensitivity.2")).toBe("Q3 · Data source 2 · Sensitive data · entry 3");
    expect(describePath("answers.actions.0")).toBe("Q5 · Action 1");
  });

  it("labels form fields, nested fields and sections", () => {
    expect(describePath("answers.workflow.outcome.metric")).toBe("Q1 · Measurable outcome · Metric");
    expect(describePath("answers.maintenance.failedWorkflowTriage")).toBe("Q8 · Failed-workflow triage");
    expect(describePath("answers.testCases")).toBe("Q6 · Test cases");
    expect(describePath("answers.firstLaunch")).toBe("Q9 · First launch");
  });

  it("labels scores", () => {
    expect(describePath("scores.securityControls")).toBe("Scores · Security controls");
    expect(describePath("scores.securityControls.score")).toBe("Scores · Security controls · Score");
    expect(describePath("scores.rolloutRollback.note")).toBe("Scores · Rollout and rollback planning · Justification");
  });

  it("never throws on unknown paths", () => {
    expect(describePath("(root)")).toBe("Whole assessment");
    expect(describePath("answers.nope.x")).toBe("Answers · nope · x");
    expect(describePath("answers.workflow.nope")).toBe("Q1 · nope");
    expect(describePath("project.name")).toBe("project.name");
  });
});

describe("describeValue", () => {
  it("uses enum labels, Yes/No and custom object names", () => {
    expect(describeValue("answers.actions.2.approval", "guardrails")).toBe("Execute with guardrails");
    expect(describeValue("answers.actions.2.reversible", false)).toBe("No");
    expect(describeValue("answers.sourceOfTruth.0.object", "custom:Lead score")).toBe("Custom: Lead score");
    expect(describeValue("answers.sourceOfTruth.0.object", "invoice")).toBe("Invoice / payment");
    expect(describeValue("answers.logs.captured", ["output", "time_saved"])).toBe("Output, Time saved");
    expect(describeValue("answers.logs.retentionDays", 365)).toBe("365");
    expect(describeValue("answers.workflow.name", undefined)).toBe("(empty)");
    expect(describeValue("answers.workflow.name", "Plain text")).toBe("Plain text");
  });
});
