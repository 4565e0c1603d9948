import { describe, expect, it } from "vitest";
import { ValidationIssuesError, saveRequestSchema, validateDraft } from "@/lib/assessments/save-assessment";
import { readinessErrorMap, toValidationIssues } from "@/lib/readiness";

function issuesOf(answers: unknown, scores: unknown) {
  try {
    validateDraft(answers, scores);
  } catch (error) {
    if (error instanceof ValidationIssuesError) return error.issues;
    throw error;
  }
  throw new Error("expected the draft to be refused");
}

describe("validateDraft", () => {
  it("reads a missing part as empty", () => {
    expect(validateDraft(undefined, undefined)).toEqual({ answers: {}, scores: {} });
  });

  it("refuses null instead of treating it as empty (which would erase the draft)", () => {
    expect(issuesOf(null, {})).toEqual([{ path: "answers", message: "expected an object, got null" }]);
    expect(issuesOf({}, null)).toEqual([{ path: "scores", message: "expected an object, got null" }]);
  });

  it("refuses NUL and unpaired surrogates, which jsonb cannot store, at their path", () => {
    expect(issuesOf({ workflow: { name: "a\u0000" } }, { dataOwnership: { score: 3, note: "\udc00" } }).map((issue) => issue.path)).toEqual(
      ["answers.workflow.name", "scores.dataOwnership.note"],
    );
  });
});

describe("the save request", () => {
  const problems = (body: unknown) => {
    const parsed = saveRequestSchema.safeParse(body, { error: readinessErrorMap });
    return parsed.success ? [] : toValidationIssues(parsed.error);
  };

  it("names the field and the problem, including an unknown key at the root", () => {
    expect(problems({ baseRevision: Number.POSITIVE_INFINITY, answers: {}, scores: {} })).toEqual([
      { path: "baseRevision", message: "expected a number, got Infinity" },
    ]);
    expect(problems({ baseRevision: "3", answers: {}, scores: {} })).toEqual([
      { path: "baseRevision", message: "expected a number, got text" },
    ]);
    expect(problems({ baseRevision: 3 })).toEqual([
      { path: "answers", message: "required" },
      { path: "scores", message: "required" },
    ]);
    expect(problems(JSON.parse('{"baseRevision":1,"answers":{},"scores":{},"__proto__":{"x":1}}'))).toEqual([
      { path: "(root)", message: 'unknown key "__proto__"' },
    ]);
  });

  it("keeps the stored plan when none is sent, replaces it when one is, and checks it with the v2 schema", () => {
    expect(validateDraft({}, {})).not.toHaveProperty("plan");
    expect(validateDraft({}, {}, {})).toEqual({ answers: {}, scores: {}, plan: {} });
    expect(validateDraft({ actions: [{ name: "Refund", riskTier: "high" }] }, {}, { kpis: [{ name: "Handle time" }] })).toEqual({
      answers: { actions: [{ name: "Refund", riskTier: "high" }] },
      scores: {},
      plan: { kpis: [{ name: "Handle time" }] },
    });
    expect(() => validateDraft({}, {}, { fieldMappings: [{ direction: "sideways" }] })).toThrow(ValidationIssuesError);
  });
});
