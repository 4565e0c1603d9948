import { describe, expect, it } from "vitest";
import type { AssessmentDocument, EvaluationV2 as Evaluation } from "@/lib/readiness";
import { evaluateIgnoringBlankRows } from "@/lib/workspace/blank-rows";
import {
  fieldPathsOf,
  fieldsLeft,
  isInProgress,
  presentedVerdict,
  splitFindings,
  stepMarkers,
  type StepVisit,
} from "@/lib/workspace/step-progress";

const doc = (answers: AssessmentDocument["answers"], scores: AssessmentDocument["scores"] = {}): AssessmentDocument => ({
  format: "preflight.assessment/v1",
  answers,
  scores,
});
const EMPTY = doc({});

function view(document: AssessmentDocument, visit: StepVisit | null) {
  const evaluation: Evaluation = evaluateIgnoringBlankRows(document);
  const split = splitFindings(evaluation.findings, document, visit);
  return {
    evaluation,
    split,
    verdict: presentedVerdict(evaluation, split),
    markers: stepMarkers(document, split.settled, visit),
    left: fieldsLeft(document, visit),
  };
}

describe("settled and in progress", () => {
  it("typing the first field of an empty Q1 is in progress: no blockers, not answered yet, a to-do list", () => {
    const { evaluation, split, verdict, markers, left } = view(doc({ workflow: { name: "Enrich inbound leads" } }), {
      step: "workflow",
      entry: EMPTY,
    });
    expect(evaluation.verdict).toBe("blocked");
    // Ruleset 2.0.0 asks for the plan the workflow needs: those findings sit on other steps, settled, and none blocks.
    expect(split.settled.filter((f) => f.target.startsWith("answers."))).toEqual([]);
    expect(split.settled.every((f) => f.target.startsWith("plan.") && f.severity !== "blocker")).toBe(true);
    expect(split.inProgress.map((f) => f.target)).toContain("answers.workflow.owner");
    expect(verdict).toBe("incomplete");
    expect(markers.workflow).toEqual({ state: "in-progress", blockers: 0, fieldsLeft: 6 });
    expect(left.map((field) => field.label)).toEqual([
      "Start event",
      "End state",
      "Business owner",
      "Measurable outcome · Metric",
      "Measurable outcome · Baseline",
      "Measurable outcome · Target",
    ]);
    expect(left[0]!.path).toBe("answers.workflow.startEvent");
  });

  it("the same answer counts as blocked once the person has left the step", () => {
    const document = doc({ workflow: { name: "Enrich inbound leads" } });
    const { verdict, markers, left } = view(document, { step: "sourceOfTruth", entry: document });
    expect(verdict).toBe("blocked");
    expect(markers.workflow).toEqual({ state: "answered", blockers: 4, fieldsLeft: 0 });
    expect(left).toEqual([]);
  });

  it("a step that already held answers when it was opened is settled: its blockers count at once", () => {
    const before = doc({ workflow: { name: "Enrich inbound leads" } });
    const after = doc({ workflow: { name: "Enrich inbound leads", owner: "Dana" } });
    const { verdict, markers } = view(after, { step: "workflow", entry: before });
    expect(verdict).toBe("blocked");
    expect(markers.workflow.blockers).toBe(3);
    expect(markers.workflow.state).toBe("answered");
  });

  it("a row added on this visit is in progress; rows that were there are settled", () => {
    const before = doc({ testCases: [{ scenario: "Duplicate account" }] });
    const after = doc({ testCases: [{ scenario: "Duplicate account" }, { scenario: "Refund over limit" }] });
    const visit: StepVisit = { step: "testCases", entry: before };
    expect(isInProgress("answers.testCases.0", after, visit)).toBe(false);
    expect(isInProgress("answers.testCases.1", after, visit)).toBe(true);
    // The section had an answer, so a finding on the whole section is settled.
    expect(isInProgress("answers.testCases", after, visit)).toBe(false);
    const { markers, left } = view(after, visit);
    expect(markers.testCases.blockers).toBe(1);
    expect(left.map((field) => field.label)).toEqual([
      "Test case 2 · Category",
      "Test case 2 · Expected behaviour",
      "Test case 2 · Status",
    ]);
  });

  it("a step holding only a blank row is never answered, and counts no blocker", () => {
    const document = doc({ sourceOfTruth: [{}] });
    const open = view(document, { step: "sourceOfTruth", entry: EMPTY });
    expect(open.verdict).toBe("incomplete");
    expect(open.markers.sourceOfTruth.state).toBe("in-progress");
    expect(open.left).toHaveLength(fieldPathsOf("sourceOfTruth").length);
    const left = view(document, { step: "workflow", entry: document });
    expect(left.markers.sourceOfTruth).toEqual({ state: "unanswered", blockers: 0, fieldsLeft: 0 });
    expect(left.evaluation.completeness.questionsAnswered).toBe(0);
  });

  it("opening an empty step does not hide its blockers: only parts being filled in are in progress", () => {
    // A write action and no test cases: Q6's section finding stays settled while Q6 is open but untouched.
    const document = doc({ testCases: [{ scenario: "Duplicate account" }] });
    const visit: StepVisit = { step: "testCases", entry: EMPTY };
    expect(isInProgress("answers.testCases", document, visit)).toBe(true);
    expect(isInProgress("answers.testCases", EMPTY, visit)).toBe(false);
    expect(isInProgress("answers.workflow.owner", EMPTY, { step: "workflow", entry: EMPTY })).toBe(false);
  });

  it("a viewer (no visit) sees every finding settled and no to-do list", () => {
    const document = doc({ workflow: { name: "Intake" } });
    const { split, markers, left } = view(document, null);
    expect(split.inProgress).toEqual([]);
    expect(markers.workflow).toEqual({ state: "answered", blockers: 4, fieldsLeft: 0 });
    expect(left).toEqual([]);
  });

  it("findings of other steps and scores are always settled", () => {
    const document = doc({ workflow: { name: "Intake" } }, { securityControls: { score: 2 } });
    const { split, markers } = view(document, { step: "scores", entry: EMPTY });
    expect(split.inProgress).toEqual([]);
    expect(markers.scores.blockers).toBe(1);
    expect(markers.workflow.blockers).toBe(4);
  });

  it("a step with every field filled shows no to-do list while still open", () => {
    const document = doc({ maintenance: Object.fromEntries(fieldPathsOf("maintenance").map((key) => [key, "Someone"])) });
    const { markers, left } = view(document, { step: "maintenance", entry: EMPTY });
    expect(left).toEqual([]);
    expect(markers.maintenance.state).toBe("answered");
  });
});
