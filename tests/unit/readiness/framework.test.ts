import { describe, expect, it } from "vitest";
import {
  AREA_KEYS,
  AREAS,
  ENUM_LABELS,
  FIELDS,
  FRAMEWORK,
  QUESTION_AREA,
  QUESTION_KEYS,
  QUESTIONS,
  RULE_IDS,
  RULES,
  RULESET_VERSION,
  SYSTEMS,
  ruleById,
} from "@/lib/readiness";

/** docs/product.md, "Rules v1", copied by hand so that drift in the code fails here. */
const PRODUCT_RULES = {
  SCORE_BELOW_3: "blocker",
  WORKFLOW_UNTESTABLE: "blocker",
  OBJECT_UNOWNED: "blocker",
  OBJECT_TWO_OWNERS: "blocker",
  BIDIRECTIONAL_NO_CONFLICT_RULE: "blocker",
  AI_WRITE_NO_CONFLICT_RULE: "warning",
  SENSITIVE_DATA_TO_TRAINING_PROVIDER: "blocker",
  OUTPUT_WIDER_THAN_SOURCE: "blocker",
  SOURCE_WITHOUT_PURPOSE: "warning",
  NO_LOW_CONFIDENCE_FALLBACK: "blocker",
  ESCALATION_UNTESTED: "warning",
  CUSTOMER_FACING_AUTOMATED: "blocker",
  HIGH_RISK_WITHOUT_APPROVAL: "blocker",
  IRREVERSIBLE_AUTOMATIC: "blocker",
  WRITE_WITHOUT_IDEMPOTENCY: "warning",
  NO_SHADOW_MODE: "info",
  TEST_CASE_NO_EXPECTATION: "blocker",
  TEST_CASE_FAILING: "blocker",
  THIN_TEST_SET: "warning",
  APPROVALS_NOT_LOGGED: "blocker",
  FEW_LOGS: "warning",
  TRIAGE_UNOWNED: "blocker",
  DUTY_UNOWNED: "warning",
  RISKY_FIRST_LAUNCH: "blocker",
  SCORE_CONTRADICTS_ANSWERS: "warning",
} as const;

/** docs/product.md, "The seven areas": which questions each area covers. */
const PRODUCT_COVERAGE = {
  workflowMapping: ["workflow"],
  dataOwnership: ["sourceOfTruth"],
  taxonomyAlignment: [],
  securityControls: ["dataSources", "actions"],
  monitoringAlerting: ["lowConfidence", "logs"],
  rolloutRollback: ["testCases", "firstLaunch"],
  trainingReadiness: ["maintenance"],
};

describe("framework v1", () => {
  it("is versioned 1.0.0 and bundles questions, areas, fields and labels", () => {
    // The framework v1 wording is 1.0.0's; the app judges with 2.0.0 since issue #17.
    expect(FRAMEWORK.version).toBe("1.0.0");
    expect(RULESET_VERSION).toBe("2.0.0");
    expect(FRAMEWORK.questions).toBe(QUESTIONS);
    expect(FRAMEWORK.areas).toBe(AREAS);
    expect(FRAMEWORK.scale).toEqual({ min: 1, max: 5, blockingBelow: 3 });
  });

  it("has the nine questions Q1..Q9 in order, each with wording and a seed 000 source", () => {
    expect(QUESTIONS.map((q) => q.key)).toEqual([...QUESTION_KEYS]);
    QUESTIONS.forEach((question, index) => {
      expect(question.number).toBe(`Q${index + 1}`);
      expect(question.title).toMatch(/\?$/);
      expect(question.why.length).toBeGreaterThan(40);
      expect(question.goodAnswer.length).toBeGreaterThan(40);
      expect(question.source).toMatch(new RegExp(`^000 §${index + 1} `));
    });
  });

  it("has the seven areas with the product's coverage and a rubric line per level", () => {
    expect(AREAS.map((a) => a.key)).toEqual([...AREA_KEYS]);
    for (const area of AREAS) {
      expect(area.questions).toEqual(PRODUCT_COVERAGE[area.key]);
      expect(Object.keys(area.rubric)).toEqual(["1", "2", "3", "4", "5"]);
      for (const line of Object.values(area.rubric)) expect(line.trim().length).toBeGreaterThan(10);
      expect(area.source).toBe("001 §Quick Integration Readiness Score");
    }
    for (const question of QUESTIONS) expect(question.area).toBe(QUESTION_AREA[question.key]);
  });

  it("labels every enum value, including the examples from the brief", () => {
    expect(Object.keys(ENUM_LABELS.systems)).toEqual([...SYSTEMS]);
    expect(ENUM_LABELS.systems.crm).toBe("CRM");
    expect(ENUM_LABELS.systems.support_desk).toBe("Support desk");
    expect(ENUM_LABELS.approval.guardrails).toBe("Execute with guardrails");
    expect(ENUM_LABELS.approval.automated).toBe("Fully automated");
    for (const labels of Object.values(ENUM_LABELS)) {
      for (const label of Object.values(labels as Record<string, string>)) expect(label.trim()).not.toBe("");
    }
  });

  it("gives every field a label and help text", () => {
    for (const section of Object.values(FIELDS)) {
      for (const text of Object.values(section as Record<string, { label: string; help: string }>)) {
        expect(text.label.trim()).not.toBe("");
        expect(text.help.trim()).not.toBe("");
      }
    }
    expect(FIELDS.maintenance.failedWorkflowTriage.label).toBe("Failed-workflow triage");
  });
});

describe("ruleset v1", () => {
  it("has exactly the 25 rules of the product's ruleset v1 with their severities", () => {
    expect(RULES).toHaveLength(25);
    expect(Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity]))).toEqual(PRODUCT_RULES);
    expect([...RULE_IDS].sort()).toEqual(Object.keys(PRODUCT_RULES).sort());
  });

  it("gives every rule a title, a seed source, a remediation and a consistent area", () => {
    for (const rule of RULES) {
      expect(rule.title.trim()).not.toBe("");
      expect(rule.remediation.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/^00[0-4] §\S/);
      expect(ruleById(rule.id)).toBe(rule);
      if (rule.question === undefined) {
        expect(rule.id.startsWith("SCORE_")).toBe(true);
        expect(rule.area).toBeUndefined();
      } else {
        expect(rule.area).toBe(QUESTION_AREA[rule.question]);
        expect(rule.requires).toContain(rule.question);
      }
    }
  });
});
