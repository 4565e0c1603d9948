import { describe, expect, it } from "vitest";
import { DEMO_PROJECTS, DEMO_PROJECTS_GLOBEX, type DemoProject } from "@/lib/demo/demo-projects";
import {
  ASSESSMENT_FORMAT,
  evaluate,
  parseAssessment,
  type Answers,
  type AssessmentDocument,
  type Scores,
  type Verdict,
} from "@/lib/readiness";

const ALL: DemoProject[] = [...DEMO_PROJECTS, ...DEMO_PROJECTS_GLOBEX];

function documentOf(project: DemoProject, answers: Answers, scores: Scores): AssessmentDocument {
  return {
    format: ASSESSMENT_FORMAT,
    project: { name: project.name, description: project.description, systems: project.systems },
    answers,
    scores,
  };
}

function verdictCounts(projects: DemoProject[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { ready: 0, blocked: 0, incomplete: 0 };
  for (const project of projects)
    counts[evaluate(documentOf(project, project.draft.answers, project.draft.scores), { ruleset: "1.0.0" }).verdict] += 1;
  return counts;
}

describe("demo projects", () => {
  it.each(ALL.map((project) => [project.name, project] as const))("%s: draft and snapshots are valid documents", (_name, project) => {
    const documents = [project.draft, ...project.snapshots].map((entry) => documentOf(project, entry.answers, entry.scores));
    for (const document of documents) {
      const parsed = parseAssessment(document);
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    }
  });

  it("has thirteen active Northwind projects and three Globex projects, named uniquely", () => {
    expect(DEMO_PROJECTS.filter((project) => !project.archived)).toHaveLength(13);
    expect(DEMO_PROJECTS_GLOBEX).toHaveLength(3);
    for (const set of [DEMO_PROJECTS, DEMO_PROJECTS_GLOBEX]) {
      expect(new Set(set.map((project) => project.name)).size).toBe(set.length);
    }
  });

  it("current Northwind drafts mix verdicts: at least three of each", () => {
    const counts = verdictCounts(DEMO_PROJECTS.filter((project) => !project.archived));
    expect(counts.ready).toBeGreaterThanOrEqual(3);
    expect(counts.blocked).toBeGreaterThanOrEqual(3);
    expect(counts.incomplete).toBeGreaterThanOrEqual(3);
  });

  it("Globex drafts show one of each verdict", () => {
    expect(verdictCounts(DEMO_PROJECTS_GLOBEX)).toEqual({ ready: 1, blocked: 1, incomplete: 1 });
  });

  it("blocked Northwind drafts are blocked by a spread of different rules", () => {
    const blockerRules = new Set<string>();
    for (const project of DEMO_PROJECTS.filter((p) => !p.archived)) {
      const evaluation = evaluate(documentOf(project, project.draft.answers, project.draft.scores), { ruleset: "1.0.0" });
      for (const finding of evaluation.findings) if (finding.severity === "blocker") blockerRules.add(finding.ruleId);
    }
    for (const rule of [
      "SENSITIVE_DATA_TO_TRAINING_PROVIDER",
      "CUSTOMER_FACING_AUTOMATED",
      "TRIAGE_UNOWNED",
      "TEST_CASE_FAILING",
      "SCORE_BELOW_3",
      "BIDIRECTIONAL_NO_CONFLICT_RULE",
    ]) {
      expect(blockerRules).toContain(rule);
    }
  });

  it.each(ALL.map((project) => [project.name, project] as const))("%s: 2–3 snapshots, oldest first", (_name, project) => {
    expect(project.snapshots.length).toBeGreaterThanOrEqual(2);
    expect(project.snapshots.length).toBeLessThanOrEqual(3);
    const days = project.snapshots.map((snapshot) => snapshot.daysAgo);
    for (const day of days) expect(Number.isInteger(day) && day > 0).toBe(true);
    for (let index = 1; index < days.length; index += 1) expect(days[index]!).toBeLessThan(days[index - 1]!);
  });

  it("at least one project's readiness index goes down between its last two snapshots", () => {
    const regressing = ALL.filter((project) => {
      const [previous, last] = project.snapshots
        .slice(-2)
        .map((s) => evaluate(documentOf(project, s.answers, s.scores), { ruleset: "1.0.0" }).readinessIndex);
      return previous != null && last != null && last < previous;
    });
    expect(regressing.map((project) => project.name)).toContain("Renewal health summaries");
  });

  it("Globex projects belong to demo users who are members of Globex", () => {
    for (const project of DEMO_PROJECTS_GLOBEX) expect(project.owner).not.toBe("viewer");
  });
});
