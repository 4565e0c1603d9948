/** Q5–Q6 rules: each fires on a targeted change of the clean ready example, and not on a close variant. */
import { describe, expect, it } from "vitest";
import type { ActionRow } from "@/lib/readiness";
import { answersOf, findingsOf, readyDoc, rowAt, targetsOf } from "./fixtures";

const SEND_REFUND: ActionRow = {
  name: "Send refund",
  targetSystem: "billing",
  kind: "draft",
  customerFacing: true,
  reversible: true,
  approval: "automated",
};

describe("CUSTOMER_FACING_AUTOMATED", () => {
  it("fires on a customer-facing action without explicit approval, with the exact message", () => {
    const doc = readyDoc();
    answersOf(doc).actions?.push(SEND_REFUND);
    const findings = findingsOf(doc, "CUSTOMER_FACING_AUTOMATED");
    expect(findings).toEqual([
      {
        ruleId: "CUSTOMER_FACING_AUTOMATED",
        severity: "blocker",
        target: "answers.actions.4",
        message: 'Action "Send refund" is customer-facing but runs without explicit human approval (approval: fully automated).',
        remediation: expect.stringContaining("Suggest or Draft"),
        source: "003 §Approval Levels",
      },
    ]);
  });

  it("fires when approval is missing, saying so", () => {
    const doc = readyDoc();
    answersOf(doc).actions?.push({ ...SEND_REFUND, approval: undefined });
    expect(findingsOf(doc, "CUSTOMER_FACING_AUTOMATED")[0]?.message).toContain("(approval: not set)");
  });

  it.each([["suggest"], ["draft"]] as const)("does not fire with approval %s", (approval) => {
    const doc = readyDoc();
    answersOf(doc).actions?.push({ ...SEND_REFUND, approval });
    expect(targetsOf(doc, "CUSTOMER_FACING_AUTOMATED")).toEqual([]);
  });
});

describe("HIGH_RISK_WITHOUT_APPROVAL", () => {
  it("fires on pricing/contracts/consent with guardrails only", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).actions, 2).touchesPricingContractsOrConsent = true;
    const findings = findingsOf(doc, "HIGH_RISK_WITHOUT_APPROVAL");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.actions.2", "blocker"]]);
    expect(findings[0]?.message).toBe(
      'Action "Update the AI lead score" touches pricing, contracts or consent but runs without explicit human approval (approval: execute with guardrails).',
    );
  });

  it("fires on revenue/compliance/CX when fully automated", () => {
    const doc = readyDoc();
    const action = rowAt(answersOf(doc).actions, 3);
    action.touchesRevenueComplianceOrCx = true;
    action.approval = "automated";
    expect(targetsOf(doc, "HIGH_RISK_WITHOUT_APPROVAL")).toEqual(["answers.actions.3"]);
  });

  it("does not fire when the high-impact action keeps Draft approval", () => {
    const doc = readyDoc();
    expect(rowAt(answersOf(doc).actions, 1).touchesRevenueComplianceOrCx).toBe(true);
    expect(targetsOf(doc, "HIGH_RISK_WITHOUT_APPROVAL")).toEqual([]);
  });
});

describe("IRREVERSIBLE_AUTOMATIC", () => {
  it("fires on an irreversible action without explicit approval", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).actions, 3).reversible = false;
    expect(findingsOf(doc, "IRREVERSIBLE_AUTOMATIC").map((f) => [f.target, f.severity])).toEqual([["answers.actions.3", "blocker"]]);
  });

  it("does not fire when reversibility is unknown, or when a person approves", () => {
    const doc = readyDoc();
    const actions = answersOf(doc).actions;
    delete rowAt(actions, 3).reversible;
    rowAt(actions, 1).reversible = false; // approval: draft
    expect(targetsOf(doc, "IRREVERSIBLE_AUTOMATIC")).toEqual([]);
  });
});

describe("WRITE_WITHOUT_IDEMPOTENCY", () => {
  it("fires on an update or trigger without a dedupe key", () => {
    const doc = readyDoc();
    const actions = answersOf(doc).actions;
    rowAt(actions, 2).idempotencyKey = false;
    delete rowAt(actions, 3).idempotencyKey;
    const findings = findingsOf(doc, "WRITE_WITHOUT_IDEMPOTENCY");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([
      ["answers.actions.2", "warning"],
      ["answers.actions.3", "warning"],
    ]);
    expect(findings[0]?.message).toContain("writes to CRM (kind: update)");
  });

  it("does not fire on a non-write kind without a dedupe key", () => {
    const doc = readyDoc();
    const action = rowAt(answersOf(doc).actions, 2);
    action.kind = "recommend";
    action.idempotencyKey = false;
    expect(targetsOf(doc, "WRITE_WITHOUT_IDEMPOTENCY")).toEqual([]);
  });
});

describe("NO_SHADOW_MODE", () => {
  it("fires (info) on a write action without shadow mode", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).actions, 2).shadowModeFirst;
    expect(findingsOf(doc, "NO_SHADOW_MODE").map((f) => [f.target, f.severity])).toEqual([["answers.actions.2", "info"]]);
  });

  it("does not fire on a draft action without shadow mode", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).actions, 0).shadowModeFirst = false;
    expect(targetsOf(doc, "NO_SHADOW_MODE")).toEqual([]);
  });
});

describe("TEST_CASE_NO_EXPECTATION", () => {
  it("fires on a case with a blank expected behaviour", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).testCases, 4).expectedBehavior = "  ";
    expect(findingsOf(doc, "TEST_CASE_NO_EXPECTATION").map((f) => [f.target, f.severity])).toEqual([["answers.testCases.4", "blocker"]]);
  });

  it("does not fire on a case without a scenario that has an expectation", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).testCases, 4).scenario;
    expect(targetsOf(doc, "TEST_CASE_NO_EXPECTATION")).toEqual([]);
  });
});

describe("TEST_CASE_FAILING", () => {
  it("fires on a failing case", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).testCases, 2).status = "fail";
    const findings = findingsOf(doc, "TEST_CASE_FAILING");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.testCases.2", "blocker"]]);
    expect(findings[0]?.message).toContain("(changed contact role) is failing");
  });

  it("does not fire on an untested case", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).testCases, 2).status = "untested";
    expect(targetsOf(doc, "TEST_CASE_FAILING")).toEqual([]);
  });
});

describe("THIN_TEST_SET", () => {
  it("fires with fewer than five cases, naming the count", () => {
    const doc = readyDoc();
    answersOf(doc).testCases?.splice(0, 2);
    const findings = findingsOf(doc, "THIN_TEST_SET");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.testCases", "warning"]]);
    expect(findings[0]?.message).toContain("it has 4 cases where at least 5 are needed");
    expect(findings[0]?.message).not.toContain("legal or refund");
  });

  it("fires when a high-impact action has no legal or refund-risk case", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).testCases, 5).category = "other";
    const message = findingsOf(doc, "THIN_TEST_SET")[0]?.message ?? "";
    expect(message).toContain("1 action touches revenue");
    expect(message).not.toContain("where at least 5");
  });

  it("states both conditions in one finding", () => {
    const doc = readyDoc();
    answersOf(doc).testCases?.splice(3);
    const findings = findingsOf(doc, "THIN_TEST_SET");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/3 cases .*; 1 action touches/);
  });

  it("does not fire without high-impact actions, or when Q5 is unanswered", () => {
    const withoutRisk = readyDoc();
    rowAt(answersOf(withoutRisk).testCases, 5).category = "other";
    rowAt(answersOf(withoutRisk).actions, 1).touchesRevenueComplianceOrCx = false;
    expect(targetsOf(withoutRisk, "THIN_TEST_SET")).toEqual([]);

    const noActions = readyDoc();
    rowAt(answersOf(noActions).testCases, 5).category = "other";
    delete answersOf(noActions).actions;
    expect(targetsOf(noActions, "THIN_TEST_SET")).toEqual([]);
  });
});
