/**
 * The two v2 examples in public/examples: a full plan that is ready under 2.0.0, and the
 * same project with a rushed plan, blocked by plan rules only (its v1 parts stay clean).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  parseAssessmentV2,
  parseEvaluationV2,
  PLAN_SECTION_KEYS,
  RULE_IDS_ADDED_IN_V2,
  type AssessmentDocumentV2,
} from "@/lib/readiness";
import { REPO_ROOT } from "./fixtures";

function loadV2(name: "ready-v2" | "blocked-v2"): AssessmentDocumentV2 {
  const parsed = parseAssessmentV2(JSON.parse(readFileSync(path.join(REPO_ROOT, "public/examples", `${name}.json`), "utf8")));
  if (!parsed.ok) throw new Error(`example ${name} is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.document;
}

const ADDED_IN_V2: ReadonlySet<string> = new Set(RULE_IDS_ADDED_IN_V2);

describe("v2 example documents", () => {
  it.each(["ready-v2", "blocked-v2"] as const)("%s is a valid preflight.assessment/v2 document with every plan section filled", (name) => {
    const document = loadV2(name);
    expect(document.format).toBe("preflight.assessment/v2");
    for (const key of PLAN_SECTION_KEYS) expect(document.plan?.[key], key).toBeDefined();
    expect(document.plan?.notApplicable).toBeUndefined();
  });

  it("ready-v2.json is ready under 2.0.0 with no findings and every question and plan section answered", () => {
    const evaluation = evaluate(loadV2("ready-v2"), { ruleset: "2.0.0" });
    expect(evaluation.verdict).toBe("ready");
    expect(evaluation.findings).toEqual([]);
    expect(evaluation.completeness).toMatchObject({ questionsAnswered: 9, questionsTotal: 9, areasScored: 7, areasTotal: 7 });
    expect(evaluation.completeness.planSectionsAnswered).toBe(PLAN_SECTION_KEYS.length);
    expect(evaluation.roi?.monthlyNet).toBeGreaterThan(0);
    expect(parseEvaluationV2(evaluation).ok).toBe(true);
  });

  it("blocked-v2.json is blocked under 2.0.0 by plan rules only", () => {
    const evaluation = evaluate(loadV2("blocked-v2"), { ruleset: "2.0.0" });
    expect(evaluation.verdict).toBe("blocked");
    const blockers = evaluation.findings.filter((finding) => finding.severity === "blocker");
    expect(blockers.map((finding) => finding.ruleId).sort()).toEqual([
      "BIG_BANG_ROLLOUT",
      "EXCEPTIONS_ONLY_FAIL",
      "MAPPING_BIDIRECTIONAL_NO_RULE",
    ]);
    for (const finding of blockers) {
      expect(ADDED_IN_V2.has(finding.ruleId), finding.ruleId).toBe(true);
      expect(finding.target.startsWith("plan."), finding.target).toBe(true);
    }
    expect(parseEvaluationV2(evaluation).ok).toBe(true);
  });

  it("blocked-v2.json's v1 parts are clean: ruleset 1.0.0 finds it ready with no findings", () => {
    const evaluation = evaluate(loadV2("blocked-v2"), { ruleset: "1.0.0" });
    expect(evaluation.verdict).toBe("ready");
    expect(evaluation.findings).toEqual([]);
  });
});
