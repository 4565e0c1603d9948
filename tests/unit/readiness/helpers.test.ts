import { describe, expect, it } from "vitest";
import {
  QUESTION_KEYS,
  compareTargets,
  emptyAssessment,
  evaluate,
  isAnswered,
  locateTarget,
  parseAssessment,
  sortFindings,
  targetWithoutIndices,
  type AssessmentDocument,
  type Finding,
} from "@/lib/readiness";
import { answersOf, readyDoc } from "./fixtures";

function withAnswers(answers: AssessmentDocument["answers"]): AssessmentDocument {
  return { format: "preflight.assessment/v1", answers };
}

describe("isAnswered", () => {
  it.each<[string, AssessmentDocument["answers"], boolean]>([
    ["a false boolean", { lowConfidence: { escalationTested: false } }, true],
    ["only blank strings", { lowConfidence: { signal: "  ", escalationOwner: "" } }, false],
    ["an empty array", { lowConfidence: { fallbacks: [] } }, false],
    ["a non-empty array", { lowConfidence: { fallbacks: ["draft_only"] } }, true],
  ])("Q4 with %s → %s", (_label, answers, expected) => {
    expect(isAnswered(withAnswers(answers), "lowConfidence")).toBe(expected);
  });

  it("looks into nested objects", () => {
    expect(isAnswered(withAnswers({ workflow: { outcome: { baseline: "3 days" } } }), "workflow")).toBe(true);
    expect(isAnswered(withAnswers({ workflow: { outcome: { metric: " " } } }), "workflow")).toBe(false);
  });

  it("counts a zero as an answer", () => {
    expect(isAnswered(withAnswers({ logs: { retentionDays: 0 } }), "logs")).toBe(true);
  });

  it("answers a list with one row, even an empty row", () => {
    expect(isAnswered(withAnswers({ actions: [{}] }), "actions")).toBe(true);
    expect(isAnswered(withAnswers({ actions: [] }), "actions")).toBe(false);
  });

  it("is false for every question of an empty assessment and true for all of the ready example", () => {
    const ready = readyDoc();
    for (const key of QUESTION_KEYS) {
      expect(isAnswered(emptyAssessment(), key)).toBe(false);
      expect(isAnswered(ready, key)).toBe(true);
    }
  });
});

describe("emptyAssessment", () => {
  it("is a valid document, with the project name when given", () => {
    const doc = emptyAssessment("Renewal summaries");
    expect(doc.project).toEqual({ name: "Renewal summaries" });
    expect(parseAssessment(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    expect(emptyAssessment()).not.toHaveProperty("project");
  });
});

describe("locateTarget", () => {
  it.each([
    ["answers.actions.2", { question: "actions", area: "securityControls" }],
    ["answers.workflow.outcome.metric", { question: "workflow", area: "workflowMapping" }],
    ["answers.testCases", { question: "testCases", area: "rolloutRollback" }],
    ["answers.logs.captured", { question: "logs", area: "monitoringAlerting" }],
    ["answers.maintenance.monthlyReview", { question: "maintenance", area: "trainingReadiness" }],
    ["answers.firstLaunch", { question: "firstLaunch", area: "rolloutRollback" }],
    ["scores.taxonomyAlignment", { question: null, area: "taxonomyAlignment" }],
    ["project.name", { question: null, area: null }],
    ["answers.bogus.1", { question: null, area: null }],
    ["answers", { question: null, area: null }],
  ])("%s", (target, expected) => {
    expect(locateTarget(target)).toEqual(expected);
  });

  it("strips indices", () => {
    expect(targetWithoutIndices("answers.dataSources.12.sensitivity.0")).toBe("answers.dataSources.sensitivity");
  });
});

describe("ordering", () => {
  it("compares numeric segments as numbers and puts a path before its children", () => {
    const targets = ["answers.actions.10", "answers.actions.2", "answers.actions", "answers.actions.2.name", "answers.actions.1"];
    expect([...targets].sort(compareTargets)).toEqual([
      "answers.actions",
      "answers.actions.1",
      "answers.actions.2",
      "answers.actions.2.name",
      "answers.actions.10",
    ]);
  });

  it("sorts findings by severity, then target, then rule id", () => {
    const finding = (ruleId: Finding["ruleId"], severity: Finding["severity"], target: string): Finding => ({
      ruleId,
      severity,
      target,
      message: "m",
      remediation: "r",
      source: "s",
    });
    const sorted = sortFindings([
      finding("NO_SHADOW_MODE", "info", "answers.actions.0"),
      finding("WRITE_WITHOUT_IDEMPOTENCY", "warning", "answers.actions.10"),
      finding("IRREVERSIBLE_AUTOMATIC", "blocker", "answers.actions.10"),
      finding("HIGH_RISK_WITHOUT_APPROVAL", "blocker", "answers.actions.10"),
      finding("CUSTOMER_FACING_AUTOMATED", "blocker", "answers.actions.9"),
      finding("FEW_LOGS", "warning", "answers.actions.2"),
    ]);
    expect(sorted.map((f) => `${f.severity} ${f.target} ${f.ruleId}`)).toEqual([
      "blocker answers.actions.9 CUSTOMER_FACING_AUTOMATED",
      "blocker answers.actions.10 HIGH_RISK_WITHOUT_APPROVAL",
      "blocker answers.actions.10 IRREVERSIBLE_AUTOMATIC",
      "warning answers.actions.2 FEW_LOGS",
      "warning answers.actions.10 WRITE_WITHOUT_IDEMPOTENCY",
      "info answers.actions.0 NO_SHADOW_MODE",
    ]);
  });

  it("orders the engine's output with actions.2 before actions.10", () => {
    const doc = readyDoc();
    const actions = answersOf(doc).actions ?? [];
    for (let i = 0; i < 8; i += 1)
      actions.push({ name: `Extra ${i}`, kind: "update", idempotencyKey: true, shadowModeFirst: true, approval: "suggest" });
    actions.push({ name: "Late", kind: "update", idempotencyKey: true, shadowModeFirst: false, approval: "suggest" });
    actions[2] = { ...actions[2], shadowModeFirst: false };
    const targets = evaluate(doc, { ruleset: "1.0.0" })
      .findings.filter((f) => f.ruleId === "NO_SHADOW_MODE")
      .map((f) => f.target);
    expect(targets).toEqual(["answers.actions.2", "answers.actions.12"]);
  });
});
