/** Q7–Q9 rules: each fires on a targeted change of the clean ready example, and not on a close variant. */
import { describe, expect, it } from "vitest";
import { answersOf, findingsOf, present, readyDoc, targetsOf } from "./fixtures";

describe("APPROVALS_NOT_LOGGED", () => {
  it("fires when actions await approval and approval decisions are not captured", () => {
    const doc = readyDoc();
    present(answersOf(doc).logs).captured = ["input_source", "output", "confidence", "edit_distance"];
    const findings = findingsOf(doc, "APPROVALS_NOT_LOGGED");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.logs.captured", "blocker"]]);
    expect(findings[0]?.message).toBe(
      '2 actions wait for human approval ("Draft the first-touch email" and "Summarise the lead for the SDR"), but approval decisions are not captured in the logs.',
    );
  });

  it("names at most three actions, the first by code point, then a count", () => {
    const doc = readyDoc();
    present(answersOf(doc).logs).captured = ["output"];
    answersOf(doc).actions?.push({ name: "Zed", approval: "suggest" }, { name: "Alpha", approval: "draft" }, { approval: "draft" });
    expect(findingsOf(doc, "APPROVALS_NOT_LOGGED")[0]?.message).toMatch(
      /^5 actions wait for human approval \("Alpha", "Draft the first-touch email", "Summarise the lead for the SDR" and 1 more\)/,
    );
  });

  it("does not fire when no action has explicit approval, or when Q7 is unanswered", () => {
    const noApproval = readyDoc();
    present(answersOf(noApproval).logs).captured = ["output"];
    for (const action of answersOf(noApproval).actions ?? []) action.approval = "guardrails";
    expect(targetsOf(noApproval, "APPROVALS_NOT_LOGGED")).toEqual([]);

    const noLogs = readyDoc();
    answersOf(noLogs).logs = { store: " " };
    expect(targetsOf(noLogs, "APPROVALS_NOT_LOGGED")).toEqual([]);
  });
});

describe("FEW_LOGS", () => {
  it("fires with three log kinds", () => {
    const doc = readyDoc();
    present(answersOf(doc).logs).captured = ["input_source", "output", "approval_decision"];
    const findings = findingsOf(doc, "FEW_LOGS");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.logs.captured", "warning"]]);
    expect(findings[0]?.message).toMatch(/^Only 3 of the 8 log kinds are captured/);
  });

  it("does not fire with four", () => {
    const doc = readyDoc();
    present(answersOf(doc).logs).captured = ["input_source", "output", "approval_decision", "time_saved"];
    expect(targetsOf(doc, "FEW_LOGS")).toEqual([]);
  });
});

describe("TRIAGE_UNOWNED and DUTY_UNOWNED", () => {
  it("TRIAGE_UNOWNED fires on a blank triage owner (and DUTY_UNOWNED does not)", () => {
    const doc = readyDoc();
    present(answersOf(doc).maintenance).failedWorkflowTriage = " ";
    expect(findingsOf(doc, "TRIAGE_UNOWNED").map((f) => [f.target, f.severity])).toEqual([
      ["answers.maintenance.failedWorkflowTriage", "blocker"],
    ]);
    expect(targetsOf(doc, "DUTY_UNOWNED")).toEqual([]);
  });

  it("DUTY_UNOWNED fires once per other duty without owner (and TRIAGE_UNOWNED does not)", () => {
    const doc = readyDoc();
    const maintenance = present(answersOf(doc).maintenance);
    maintenance.vendorApiChanges = "";
    delete maintenance.monthlyReview;
    const findings = findingsOf(doc, "DUTY_UNOWNED");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([
      ["answers.maintenance.monthlyReview", "warning"],
      ["answers.maintenance.vendorApiChanges", "warning"],
    ]);
    expect(findings[1]?.message).toBe("Nobody is named for vendor API changes after launch.");
    expect(targetsOf(doc, "TRIAGE_UNOWNED")).toEqual([]);
  });
});

describe("RISKY_FIRST_LAUNCH", () => {
  it("fires on a high-risk launch with automatic decisions", () => {
    const doc = readyDoc();
    present(answersOf(doc).firstLaunch).risk = "high";
    const findings = findingsOf(doc, "RISKY_FIRST_LAUNCH");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.firstLaunch", "blocker"]]);
    expect(findings[0]?.message).toContain("high risk and makes automatic decisions");
    expect(findings[0]?.message).not.toContain("review path");
  });

  it("fires on customer-facing output without a review path, and names both reasons in one finding", () => {
    const doc = readyDoc();
    const launch = present(answersOf(doc).firstLaunch);
    launch.reviewPath = "";
    expect(findingsOf(doc, "RISKY_FIRST_LAUNCH")[0]?.message).toContain("no review path");
    launch.risk = "high";
    const findings = findingsOf(doc, "RISKY_FIRST_LAUNCH");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/automatic decisions; its output reaches customers/);
  });

  it("does not fire on high risk without automatic decisions, or internal output without review", () => {
    const doc = readyDoc();
    const launch = present(answersOf(doc).firstLaunch);
    launch.risk = "high";
    launch.automaticDecisions = false;
    launch.customerFacingOutput = false;
    launch.reviewPath = "";
    expect(targetsOf(doc, "RISKY_FIRST_LAUNCH")).toEqual([]);
  });
});
