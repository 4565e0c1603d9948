import { describe, expect, it } from "vitest";
import { assessmentSchema, parseAssessment, parseEvaluation } from "@/lib/readiness";
import { exampleText } from "./fixtures";

const FORMAT = "preflight.assessment/v1";

function issuesOf(input: unknown) {
  const result = parseAssessment(input);
  if (result.ok) throw new Error("expected the document to be rejected");
  return result.issues;
}

describe("parseAssessment — accepted documents", () => {
  it("accepts the minimal document and keeps it", () => {
    expect(parseAssessment({ format: FORMAT })).toEqual({ ok: true, document: { format: FORMAT } });
  });

  it("accepts empty strings, empty rows and custom objects", () => {
    const result = parseAssessment({
      format: FORMAT,
      project: { name: "", description: "" },
      answers: {
        workflow: { name: "", outcome: {} },
        sourceOfTruth: [{}, { object: "custom:Renewal quote", owningSystem: "crm" }],
        actions: [{ name: "" }],
      },
      scores: { dataOwnership: { score: 1, note: "" } },
    });
    expect(result.ok).toBe(true);
  });

  it("accepts every example file", () => {
    for (const name of ["ready", "blocked", "empty"] as const) {
      expect(parseAssessment(JSON.parse(exampleText(name))).ok).toBe(true);
    }
  });
});

describe("parseAssessment — rejected documents", () => {
  it("names an unknown key with the path of its object", () => {
    expect(issuesOf({ format: FORMAT, answers: { actions: [{ name: "x", foo: 1 }] } })).toEqual([
      { path: "answers.actions.0", message: 'unknown key "foo"' },
    ]);
    expect(issuesOf({ format: FORMAT, extra: true, more: 1 })).toEqual([{ path: "(root)", message: 'unknown keys "extra", "more"' }]);
  });

  it("lists the allowed values of an enum", () => {
    expect(issuesOf({ format: FORMAT, answers: { actions: [{ kind: "write" }] } })).toEqual([
      { path: "answers.actions.0.kind", message: 'expected one of read, draft, recommend, update, trigger (got "write")' },
    ]);
  });

  it("names the expected type", () => {
    expect(issuesOf({ format: FORMAT, answers: { actions: [{ customerFacing: "yes" }], logs: { retentionDays: "365" } } })).toEqual([
      { path: "answers.actions.0.customerFacing", message: "expected true or false, got text" },
      { path: "answers.logs.retentionDays", message: "expected a whole number from 0 to 1000000000" },
    ]);
  });

  it("rejects a missing or wrong format and a non-object root", () => {
    expect(issuesOf({})).toEqual([{ path: "format", message: "required" }]);
    expect(issuesOf({ format: "preflight.assessment/v2" })[0]?.message).toBe(
      'expected "preflight.assessment/v1" (got "preflight.assessment/v2")',
    );
    expect(issuesOf([])).toEqual([{ path: "(root)", message: "expected an object, got a list" }]);
    expect(issuesOf(null)).toEqual([{ path: "(root)", message: "expected an object, got null" }]);
  });

  it.each([[0], [6], [2.5], ["3"], [null]])("rejects score %j with one clear message", (score) => {
    expect(issuesOf({ format: FORMAT, scores: { securityControls: { score } } })).toEqual([
      { path: "scores.securityControls.score", message: "expected a whole number from 1 to 5" },
    ]);
  });

  it("requires the score inside an area entry and rejects unknown areas", () => {
    expect(issuesOf({ format: FORMAT, scores: { securityControls: { note: "x" } } })).toEqual([
      { path: "scores.securityControls.score", message: "expected a whole number from 1 to 5" },
    ]);
    expect(issuesOf({ format: FORMAT, scores: { security: { score: 3 } } })).toEqual([
      { path: "scores", message: 'unknown key "security"' },
    ]);
  });

  it("rejects null in place of a value", () => {
    expect(issuesOf({ format: FORMAT, answers: { workflow: { name: null } } })).toEqual([
      { path: "answers.workflow.name", message: "expected text, got null" },
    ]);
  });

  it.each([
    ["custom:", "answers.sourceOfTruth.0.object"],
    ["custom:   ", "answers.sourceOfTruth.0.object"],
    ["Account", "answers.sourceOfTruth.0.object"],
  ])("rejects object %j", (object, path) => {
    const issues = issuesOf({ format: FORMAT, answers: { sourceOfTruth: [{ object }] } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toMatch(/^expected one of account, contact, .* or custom:<name>$/);
  });

  it("rejects a custom object name over 500 characters, saying so", () => {
    expect(issuesOf({ format: FORMAT, answers: { sourceOfTruth: [{ object: `custom:${"x".repeat(501)}` }] } })).toEqual([
      { path: "answers.sourceOfTruth.0.object", message: "too long: a custom object name has at most 500 characters" },
    ]);
    expect(parseAssessment({ format: FORMAT, answers: { sourceOfTruth: [{ object: `custom:${"x".repeat(500)}` }] } }).ok).toBe(true);
  });

  it("reports a duplicate enum entry at the index of the repeat", () => {
    expect(issuesOf({ format: FORMAT, answers: { dataSources: [{ sensitivity: ["customer", "legal", "customer"] }] } })).toEqual([
      { path: "answers.dataSources.0.sensitivity.2", message: '"customer" is listed twice' },
    ]);
    for (const [section, value] of [
      ["project", { systems: ["crm", "crm"] }],
      ["lowConfidence", { fallbacks: ["draft_only", "draft_only"] }],
      ["logs", { captured: ["output", "output"] }],
    ] as const) {
      const doc = section === "project" ? { format: FORMAT, project: value } : { format: FORMAT, answers: { [section]: value } };
      expect(issuesOf(doc)).toHaveLength(1);
    }
  });

  it("reports an over-long enum list once, at the list, rather than a line per repeat", () => {
    const captured = [
      "output",
      "input_source",
      "confidence",
      "approval_decision",
      "edit_distance",
      "time_saved",
      "error_category",
      "downstream_outcome",
      "output",
    ];
    expect(issuesOf({ format: FORMAT, answers: { logs: { captured } } })).toEqual([
      { path: "answers.logs.captured", message: "too many entries: at most 8" },
    ]);
  });

  it("enforces size caps", () => {
    const tooLong = issuesOf({ format: FORMAT, project: { name: "x".repeat(501), description: "y".repeat(5001) } });
    expect(tooLong).toEqual([
      { path: "project.name", message: "too long: at most 500 characters" },
      { path: "project.description", message: "too long: at most 5000 characters" },
    ]);
    expect(parseAssessment({ format: FORMAT, project: { name: "x".repeat(500), description: "y".repeat(5000) } }).ok).toBe(true);
    expect(issuesOf({ format: FORMAT, answers: { testCases: Array.from({ length: 2001 }, () => ({})) } })).toEqual([
      { path: "answers.testCases", message: "too many entries: at most 2000" },
    ]);
    expect(
      issuesOf({ format: FORMAT, answers: { dataSources: [{ outputAudience: Array.from({ length: 51 }, () => "r") }] } })[0]?.path,
    ).toBe("answers.dataSources.0.outputAudience");
  });

  it.each([[-1], [1.5], [1e10], [Number.POSITIVE_INFINITY], [Number.NaN]])("rejects weeklyVolume %s", (weeklyVolume) => {
    const issues = issuesOf({ format: FORMAT, answers: { firstLaunch: { weeklyVolume } } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("answers.firstLaunch.weeklyVolume");
  });

  it("turns every zod issue into exactly one line with a path", () => {
    const input = {
      format: "x",
      bogus: 1,
      answers: { actions: [{ kind: 1, approval: "never", extra: true }], logs: { captured: ["output", "nope"] } },
      scores: { workflowMapping: { score: 9 } },
    };
    const zodIssues = assessmentSchema.safeParse(input).error?.issues ?? [];
    const issues = issuesOf(input);
    expect(issues).toHaveLength(zodIssues.length);
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues) {
      expect(issue.path).not.toBe("");
      expect(issue.message).not.toMatch(/Invalid input|\n/);
    }
  });
});

describe("parseEvaluation", () => {
  it("rejects an unknown rule id and a wrong verdict", () => {
    const result = parseEvaluation({
      format: "preflight.evaluation/v1",
      rulesetVersion: "1.0.0",
      verdict: "maybe",
      readinessIndex: null,
      completeness: { questionsAnswered: 0, questionsTotal: 9, areasScored: 0, areasTotal: 7 },
      findings: [{ ruleId: "NOPE", severity: "blocker", target: "scores", message: "m", remediation: "r", source: "s" }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(["verdict", "findings.0.ruleId"]);
  });
});
