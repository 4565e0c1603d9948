import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rulesetChange, rulesetChangeSentence } from "@/lib/assessments/ruleset-change";
import { evaluate, parseAssessment, type Evaluation, type EvaluationV2 } from "@/lib/readiness";

function blocked() {
  const parsed = parseAssessment(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../public/examples/blocked.json"), "utf8")),
  );
  if (!parsed.ok) throw new Error("blocked.json does not parse");
  return parsed.document;
}

const finding = (ruleId: string, target: string, severity: "blocker" | "warning" | "info", message = "m") =>
  ({ ruleId, target, severity, message, remediation: "r", source: "s" }) as Evaluation["findings"][number];

const evaluation = (findings: Evaluation["findings"]): Evaluation => ({
  format: "preflight.evaluation/v1",
  rulesetVersion: "1.0.0",
  verdict: "blocked",
  readinessIndex: null,
  completeness: { questionsAnswered: 0, questionsTotal: 9, areasScored: 0, areasTotal: 7 },
  findings,
});

/** The same shape judged by 2.0.0: every finding with a track. */
const judgedAgain = (findings: Evaluation["findings"]): EvaluationV2 =>
  ({
    ...evaluation([]),
    format: "preflight.evaluation/v2",
    rulesetVersion: "2.0.0",
    roi: null,
    completeness: { ...evaluation([]).completeness, planSectionsAnswered: 0, planSectionsTotal: 9, planSectionsNotApplicable: [] },
    findings: findings.map((f) => ({ ...f, track: "launch-gate" })),
  }) as EvaluationV2;

describe("rulesetChange", () => {
  it("lists the plan findings 2.0.0 adds to a 1.0.0 snapshot of a document without a plan", () => {
    const document = blocked();
    const change = rulesetChange(evaluate(document, { ruleset: "1.0.0" }), evaluate(document, { ruleset: "2.0.0" }));
    expect(change.from).toBe("1.0.0");
    expect(change.to).toBe("2.0.0");
    expect(change.gained.map((f) => f.ruleId)).toContain("NO_WORKFLOW_MAP");
    expect(change.gained.find((f) => f.ruleId === "NO_WORKFLOW_MAP")).toMatchObject({
      title: expect.any(String),
      target: "plan.workflowMap",
    });
    expect(change.gained.every((f) => f.target.startsWith("plan.") || !f.ruleId.startsWith("NO_"))).toBe(true);
    expect(change.gainedBySeverity.warning).toBe(change.gained.filter((f) => f.severity === "warning").length);
  });

  it("matches by rule and target, not message; counts gained and lost by severity", () => {
    const kept = evaluation([
      finding("FEW_LOGS", "answers.logs", "warning", "worded one way"),
      finding("THIN_TEST_SET", "answers.testCases", "warning"),
      finding("SCORE_BELOW_3", "scores.securityControls", "blocker"),
    ]);
    const rejudged = judgedAgain([
      finding("FEW_LOGS", "answers.logs", "warning", "worded another way"),
      finding("SCORE_BELOW_3", "scores.securityControls", "blocker"),
      finding("NO_KPIS", "plan.kpis", "warning"),
      finding("NO_WORKFLOW_MAP", "plan.workflowMap", "warning"),
      finding("NO_ROI", "plan.roi", "info"),
    ]);
    const change = rulesetChange(kept, rejudged);
    expect(change.gained.map((f) => f.ruleId)).toEqual(["NO_KPIS", "NO_WORKFLOW_MAP", "NO_ROI"]);
    expect(change.lost).toEqual([
      { ruleId: "THIN_TEST_SET", title: expect.any(String), target: "answers.testCases", message: "m", severity: "warning" },
    ]);
    expect(change.gainedBySeverity).toEqual({ blocker: 0, warning: 2, info: 1 });
    expect(change.lostBySeverity).toEqual({ blocker: 0, warning: 1, info: 0 });
    expect(rulesetChangeSentence(change)).toBe("Under ruleset 2.0.0 this snapshot would gain 2 warnings and 1 info and lose 1 warning.");
  });

  it("says so when nothing changes, and words a loss alone", () => {
    const one = evaluation([finding("FEW_LOGS", "answers.logs", "info")]);
    expect(rulesetChangeSentence(rulesetChange(one, judgedAgain(one.findings)))).toBe(
      "Under ruleset 2.0.0 this snapshot would have the same findings.",
    );
    expect(rulesetChangeSentence(rulesetChange(one, judgedAgain([])))).toBe("Under ruleset 2.0.0 this snapshot would lose 1 info.");
  });
});
