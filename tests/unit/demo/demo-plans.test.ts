import { describe, expect, it } from "vitest";
import { DEMO_PROJECTS, DEMO_PROJECTS_GLOBEX, type DemoProject } from "@/lib/demo/demo-projects";
import { DEMO_PLAN_PROJECTS, demoDocumentV2 } from "@/lib/demo/plans";
import {
  ASSESSMENT_FORMAT,
  evaluate,
  parseAssessmentV2,
  RULE_IDS_ADDED_IN_V2,
  type AssessmentDocument,
  type EvaluationV2,
  type Verdict,
} from "@/lib/readiness";

const ALL: DemoProject[] = [...DEMO_PROJECTS, ...DEMO_PROJECTS_GLOBEX];
const TODAY = "2026-12-06";
const PLAN_ONLY = "New-customer billing setup";

function v1Document(project: DemoProject): AssessmentDocument {
  return {
    format: ASSESSMENT_FORMAT,
    project: { name: project.name, description: project.description, systems: project.systems },
    answers: project.draft.answers,
    scores: project.draft.scores,
  };
}

function judged(project: DemoProject): EvaluationV2 {
  return evaluate(demoDocumentV2(project, TODAY), { ruleset: "2.0.0" });
}

/** The demo's story under 1.0.0, as the dashboards and e2e tests know it. */
const V1_VERDICTS: Record<string, Verdict> = {
  "Lead intake enrichment": "ready",
  "Call notes to CRM": "ready",
  "Meeting-prep briefs for account executives": "ready",
  "Support reply drafting": "blocked",
  "Ticket triage and routing": "blocked",
  "Knowledge-base article suggestions": "ready",
  "Renewal health summaries": "blocked",
  "Churn-risk outreach drafts": "incomplete",
  "Finance exception routing": "incomplete",
  "Refund approval assistant": "blocked",
  "Quote-to-cash anomaly alerts": "incomplete",
  "Invoice dispute classification": "incomplete",
  [PLAN_ONLY]: "ready",
  "Renewal price-increase notices (pilot)": "blocked",
  "After-call summaries and dispositions": "ready",
  "Chat order-status answers": "blocked",
  "Voicemail-to-ticket triage": "incomplete",
};

/** Findings under 2.0.0 with the plans, as [blockers, warnings, infos]: maturity varies on purpose. */
const V2_COUNTS: Record<string, readonly [number, number, number]> = {
  "Lead intake enrichment": [0, 0, 1],
  "Call notes to CRM": [0, 4, 2],
  "Meeting-prep briefs for account executives": [0, 0, 2],
  "Support reply drafting": [3, 12, 4],
  "Ticket triage and routing": [4, 19, 3],
  "Knowledge-base article suggestions": [0, 2, 2],
  "Renewal health summaries": [2, 6, 3],
  "Churn-risk outreach drafts": [0, 12, 1],
  "Finance exception routing": [0, 9, 1],
  "Refund approval assistant": [2, 1, 1],
  "Quote-to-cash anomaly alerts": [0, 11, 0],
  "Invoice dispute classification": [0, 6, 2],
  [PLAN_ONLY]: [2, 1, 2],
  "Renewal price-increase notices (pilot)": [13, 8, 1],
  "After-call summaries and dispositions": [0, 2, 1],
  "Chat order-status answers": [6, 21, 3],
  "Voicemail-to-ticket triage": [0, 12, 1],
};

describe("demo integration plans", () => {
  it("every demo project has exactly one plan", () => {
    expect([...DEMO_PLAN_PROJECTS].sort()).toEqual(ALL.map((project) => project.name).sort());
  });

  it.each(ALL.map((project) => [project.name, project] as const))(
    "%s: the draft with its plan is a valid v2 document",
    (_name, project) => {
      for (const today of [TODAY, "2028-02-29", "2030-12-31"]) {
        const parsed = parseAssessmentV2(demoDocumentV2(project, today));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }
    },
  );

  it.each(ALL.map((project) => [project.name, project] as const))("%s: ruleset 1.0.0 judges it as before the plan", (name, project) => {
    const before = evaluate(v1Document(project), { ruleset: "1.0.0" });
    expect(before.verdict).toBe(V1_VERDICTS[name]);
    expect(evaluate(demoDocumentV2(project, TODAY), { ruleset: "1.0.0" })).toEqual(before);
  });

  it.each(ALL.map((project) => [project.name, project] as const))("%s: 2.0.0 findings by severity", (name, project) => {
    const findings = judged(project).findings;
    const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
    expect([count("blocker"), count("warning"), count("info")]).toEqual(V2_COUNTS[name]);
  });

  it("under 2.0.0 every verdict stays as under 1.0.0 except the project blocked by its plan", () => {
    for (const project of ALL) {
      const expected = project.name === PLAN_ONLY ? "blocked" : V1_VERDICTS[project.name];
      expect(judged(project).verdict, project.name).toBe(expected);
    }
  });

  it(`${PLAN_ONLY} is blocked by plan rules only`, () => {
    const project = ALL.find((candidate) => candidate.name === PLAN_ONLY)!;
    const before = evaluate(v1Document(project), { ruleset: "1.0.0" });
    expect(before.findings.filter((finding) => finding.severity === "blocker")).toEqual([]);
    expect(before.completeness).toMatchObject({ questionsAnswered: 9, areasScored: 7 });
    for (const entry of Object.values(project.draft.scores)) expect(entry?.score).toBeGreaterThanOrEqual(3);

    const evaluation = judged(project);
    expect(evaluation.verdict).toBe("blocked");
    const blockers = evaluation.findings.filter((finding) => finding.severity === "blocker");
    expect(blockers.map((finding) => finding.ruleId).sort()).toEqual(["MAPPING_BIDIRECTIONAL_NO_RULE", "PHASE_NO_ROLLBACK_CRITERIA"]);
    for (const blocker of blockers) {
      expect(RULE_IDS_ADDED_IN_V2).toContain(blocker.ruleId);
      expect(blocker.target).toMatch(/^plan\./);
    }
  });

  it("the ready projects' plans raise no blocker, and Lead intake's raises no warning either", () => {
    for (const project of ALL.filter((candidate) => V1_VERDICTS[candidate.name] === "ready" && candidate.name !== PLAN_ONLY)) {
      expect(
        judged(project).findings.filter((finding) => finding.severity === "blocker"),
        project.name,
      ).toEqual([]);
    }
    const lead = ALL.find((project) => project.name === "Lead intake enrichment")!;
    expect(judged(lead).findings.map((finding) => finding.severity)).toEqual(["info"]);
  });
});
