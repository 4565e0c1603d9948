/** Q1–Q4 rules: each fires on a targeted change of the clean ready example, and not on a close variant. */
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/readiness";
import { answersOf, findingsOf, present, readyDoc, rowAt, targetsOf } from "./fixtures";

describe("WORKFLOW_UNTESTABLE", () => {
  it("fires once per missing field, at the field", () => {
    const doc = readyDoc();
    const workflow = present(answersOf(doc).workflow);
    workflow.startEvent = "   ";
    delete workflow.owner;
    const findings = findingsOf(doc, "WORKFLOW_UNTESTABLE");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([
      ["answers.workflow.owner", "blocker"],
      ["answers.workflow.startEvent", "blocker"],
    ]);
    expect(findings[1]?.message).toContain('Workflow "Enrich and route inbound demo requests before SDR review" has no start event');
  });

  it("targets the outcome metric, and fires for all five when only a baseline is given", () => {
    const doc = readyDoc();
    answersOf(doc).workflow = { outcome: { baseline: "190 minutes" } };
    expect(targetsOf(doc, "WORKFLOW_UNTESTABLE")).toEqual([
      "answers.workflow.endState",
      "answers.workflow.name",
      "answers.workflow.outcome.metric",
      "answers.workflow.owner",
      "answers.workflow.startEvent",
    ]);
  });

  it("does not fire when only baseline and target are missing", () => {
    const doc = readyDoc();
    present(answersOf(doc).workflow).outcome = { metric: "Minutes to first touch" };
    expect(targetsOf(doc, "WORKFLOW_UNTESTABLE")).toEqual([]);
  });

  it("does not fire on an unanswered Q1 (all blank): the verdict is incomplete instead", () => {
    const doc = readyDoc();
    answersOf(doc).workflow = { name: " ", outcome: { metric: "" } };
    const evaluation = evaluate(doc, { ruleset: "1.0.0" });
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.verdict).toBe("incomplete");
  });
});

describe("OBJECT_UNOWNED", () => {
  it("fires on a row without owning system, targeting the row", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).sourceOfTruth, 1).owningSystem;
    const findings = findingsOf(doc, "OBJECT_UNOWNED");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.sourceOfTruth.1", "blocker"]]);
    expect(findings[0]?.message).toMatch(/^Object "Contact" has no owning system/);
  });

  it("does not fire when every row has an owner", () => {
    expect(targetsOf(readyDoc(), "OBJECT_UNOWNED")).toEqual([]);
  });
});

describe("OBJECT_TWO_OWNERS", () => {
  it("flags both rows when one object has two owning systems", () => {
    const doc = readyDoc();
    answersOf(doc).sourceOfTruth?.push({ object: "account", owningSystem: "erp", aiAccess: "read" });
    const findings = findingsOf(doc, "OBJECT_TWO_OWNERS");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([
      ["answers.sourceOfTruth.0", "blocker"],
      ["answers.sourceOfTruth.4", "blocker"],
    ]);
    expect(findings[0]?.message).toBe('Object "Account" is owned by CRM here, but other rows name ERP as its owner.');
    expect(findings[1]?.message).toBe('Object "Account" is owned by ERP here, but other rows name CRM as its owner.');
  });

  it("treats custom names as one object regardless of case and spacing", () => {
    const doc = readyDoc();
    answersOf(doc).sourceOfTruth?.push({ object: "custom:  lead   SCORE ", owningSystem: "marketing_automation" });
    expect(targetsOf(doc, "OBJECT_TWO_OWNERS")).toEqual(["answers.sourceOfTruth.3", "answers.sourceOfTruth.4"]);
  });

  it("does not fire for a repeated object with the same owner, or a row without an owner", () => {
    const doc = readyDoc();
    answersOf(doc).sourceOfTruth?.push({ object: "account", owningSystem: "crm" }, { object: "account" });
    expect(targetsOf(doc, "OBJECT_TWO_OWNERS")).toEqual([]);
  });
});

describe("BIDIRECTIONAL_NO_CONFLICT_RULE", () => {
  it("fires on a bi-directional row with a blank conflict rule", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).sourceOfTruth, 1).conflictRule = " ";
    expect(findingsOf(doc, "BIDIRECTIONAL_NO_CONFLICT_RULE").map((f) => [f.target, f.severity])).toEqual([
      ["answers.sourceOfTruth.1", "blocker"],
    ]);
  });

  it("does not fire on a one-way row without a conflict rule", () => {
    const doc = readyDoc();
    const row = rowAt(answersOf(doc).sourceOfTruth, 1);
    row.syncDirection = "one_way";
    delete row.conflictRule;
    expect(targetsOf(doc, "BIDIRECTIONAL_NO_CONFLICT_RULE")).toEqual([]);
  });
});

describe("AI_WRITE_NO_CONFLICT_RULE", () => {
  it("fires when the AI may update an object that has no conflict rule", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).sourceOfTruth, 3).conflictRule;
    const findings = findingsOf(doc, "AI_WRITE_NO_CONFLICT_RULE");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.sourceOfTruth.3", "warning"]]);
    expect(findings[0]?.message).toMatch(/^Custom object "Lead score" gives the AI update access/);
  });

  it("fires for trigger access too, but not for suggest access", () => {
    const doc = readyDoc();
    const rows = answersOf(doc).sourceOfTruth;
    rowAt(rows, 0).aiAccess = "trigger";
    rowAt(rows, 0).conflictRule = "";
    rowAt(rows, 3).aiAccess = "suggest";
    rowAt(rows, 3).conflictRule = "";
    expect(targetsOf(doc, "AI_WRITE_NO_CONFLICT_RULE")).toEqual(["answers.sourceOfTruth.0"]);
  });
});

describe("SENSITIVE_DATA_TO_TRAINING_PROVIDER", () => {
  it.each([["yes"], ["unknown"]] as const)("fires on sensitive data with provider retention %s", (retention) => {
    const doc = readyDoc();
    rowAt(answersOf(doc).dataSources, 0).providerRetention = retention;
    const findings = findingsOf(doc, "SENSITIVE_DATA_TO_TRAINING_PROVIDER");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.dataSources.0", "blocker"]]);
    expect(findings[0]?.message).toContain(`(provider retention: ${retention})`);
  });

  it("treats a missing retention answer as unknown", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).dataSources, 2).providerRetention;
    expect(targetsOf(doc, "SENSITIVE_DATA_TO_TRAINING_PROVIDER")).toEqual(["answers.dataSources.2"]);
  });

  it("does not fire on a retaining provider when the source holds no sensitive class", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).dataSources, 1).providerRetention = "yes";
    expect(targetsOf(doc, "SENSITIVE_DATA_TO_TRAINING_PROVIDER")).toEqual([]);
  });
});

describe("OUTPUT_WIDER_THAN_SOURCE", () => {
  it("fires when the output audience may not see the source", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).dataSources, 2).audienceMaySeeSource = false;
    const findings = findingsOf(doc, "OUTPUT_WIDER_THAN_SOURCE");
    expect(findings.map((f) => [f.target, f.severity])).toEqual([["answers.dataSources.2", "blocker"]]);
    expect(findings[0]?.message).toContain("produces output for SDRs");
  });

  it("does not fire when the answer is missing", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).dataSources, 2).audienceMaySeeSource;
    expect(targetsOf(doc, "OUTPUT_WIDER_THAN_SOURCE")).toEqual([]);
  });
});

describe("SOURCE_WITHOUT_PURPOSE", () => {
  it("fires on a blank purpose", () => {
    const doc = readyDoc();
    rowAt(answersOf(doc).dataSources, 1).purpose = "\n\t";
    expect(findingsOf(doc, "SOURCE_WITHOUT_PURPOSE").map((f) => [f.target, f.severity])).toEqual([["answers.dataSources.1", "warning"]]);
  });

  it("does not fire on an unnamed source that has a purpose", () => {
    const doc = readyDoc();
    delete rowAt(answersOf(doc).dataSources, 1).name;
    expect(targetsOf(doc, "SOURCE_WITHOUT_PURPOSE")).toEqual([]);
  });
});

describe("NO_LOW_CONFIDENCE_FALLBACK", () => {
  it("fires separately for no fallback and for no escalation owner", () => {
    const doc = readyDoc();
    const section = present(answersOf(doc).lowConfidence);
    section.fallbacks = [];
    section.escalationOwner = "";
    expect(findingsOf(doc, "NO_LOW_CONFIDENCE_FALLBACK").map((f) => [f.target, f.severity])).toEqual([
      ["answers.lowConfidence.escalationOwner", "blocker"],
      ["answers.lowConfidence.fallbacks", "blocker"],
    ]);
  });

  it("fires only for the owner when fallbacks are chosen", () => {
    const doc = readyDoc();
    delete present(answersOf(doc).lowConfidence).escalationOwner;
    expect(targetsOf(doc, "NO_LOW_CONFIDENCE_FALLBACK")).toEqual(["answers.lowConfidence.escalationOwner"]);
  });

  it("does not fire with one fallback and an owner", () => {
    const doc = readyDoc();
    present(answersOf(doc).lowConfidence).fallbacks = ["draft_only"];
    expect(targetsOf(doc, "NO_LOW_CONFIDENCE_FALLBACK")).toEqual([]);
  });
});

describe("ESCALATION_UNTESTED", () => {
  it.each([[false], [undefined]])("fires when escalationTested is %s", (value) => {
    const doc = readyDoc();
    const section = present(answersOf(doc).lowConfidence);
    if (value === undefined) delete section.escalationTested;
    else section.escalationTested = value;
    expect(findingsOf(doc, "ESCALATION_UNTESTED").map((f) => [f.target, f.severity])).toEqual([
      ["answers.lowConfidence.escalationTested", "warning"],
    ]);
  });

  it("does not fire when Q4 is unanswered", () => {
    const doc = readyDoc();
    answersOf(doc).lowConfidence = { signal: "" };
    expect(targetsOf(doc, "ESCALATION_UNTESTED")).toEqual([]);
  });
});
