import { describe, expect, it } from "vitest";
import { DEMO_PROJECTS, DEMO_PROJECTS_GLOBEX } from "@/lib/demo/demo-projects";
import { demoDocumentV2, demoPlanFor, withDemoPlan } from "@/lib/demo/plans";
import { dayNumber } from "@/lib/integration-plan/calendar-day";
import { rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import { evaluate, rowHasValue } from "@/lib/readiness";

const ALL = [...DEMO_PROJECTS, ...DEMO_PROJECTS_GLOBEX];
const NAMES = ALL.map((project) => [project.name] as const);
/** Seeding days that stress the date arithmetic: leap day, year end, month ends, a DST change. */
const TODAYS = ["2026-12-06", "2028-02-29", "2027-12-31", "2027-01-31", "2027-03-28", "2030-06-30"];

describe("demo plan shapes", () => {
  it.each(NAMES)("%s: a mapping sheet of 10–60 rows, or one declared not applicable with its reason", (name) => {
    const { plan } = demoPlanFor(name, TODAYS[0]!);
    const reason = plan.notApplicable?.fieldMappings;
    if (reason !== undefined) {
      expect(plan.fieldMappings).toBeUndefined();
      expect(reason.trim().length).toBeGreaterThan(20);
      return;
    }
    const rows = (plan.fieldMappings ?? []).filter((row) => rowHasValue(row));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThanOrEqual(60);
  });

  it("at least one project declares a plan section not applicable, with a reason the evaluation lists", () => {
    const declaring = ALL.filter((project) => demoPlanFor(project.name, TODAYS[0]!).plan.notApplicable !== undefined);
    expect(declaring.length).toBeGreaterThanOrEqual(1);
    for (const project of declaring) {
      const evaluation = evaluate(demoDocumentV2(project, TODAYS[0]!), { ruleset: "2.0.0" });
      expect(evaluation.completeness.planSectionsNotApplicable.length, project.name).toBeGreaterThanOrEqual(1);
      expect(evaluation.findings.map((finding) => finding.ruleId)).not.toContain("NA_SECTION_HAS_CONTENT");
    }
  });

  it.each(ALL.filter((project) => !project.archived).map((project) => [project.name] as const))(
    "%s: the rollout, if planned, is mid-way on any seeding day",
    (name) => {
      for (const today of TODAYS) {
        const phases = demoPlanFor(name, today).plan.rollout;
        if (phases === undefined) continue;
        const timeline = rolloutTimeline(phases, today);
        expect(timeline.notes, today).toEqual([]);
        // Mid-way: the current phase started before the seeding day and still runs after it.
        const current = timeline.current;
        expect(current, today).not.toBeNull();
        expect(dayNumber(current!.start!)!).toBeLessThan(dayNumber(today)!);
        expect(dayNumber(current!.end!)!).toBeGreaterThan(dayNumber(today)!);
      }
    },
  );

  it("the archived pilot's rollout lies in the past", () => {
    for (const project of ALL.filter((candidate) => candidate.archived)) {
      const today = TODAYS[0]!;
      const timeline = rolloutTimeline(demoPlanFor(project.name, today).plan.rollout ?? [], today);
      expect(timeline.phases.length).toBeGreaterThan(0);
      expect(timeline.today.relation).toBe("after");
    }
  });

  it("rollout dates move with the seeding day and nothing else does", () => {
    for (const project of ALL) {
      const early = demoPlanFor(project.name, "2027-01-10");
      const late = demoPlanFor(project.name, "2027-03-11");
      const shift = (date: string | undefined) => dayNumber(date!)! + 60;
      expect((late.plan.rollout ?? []).map((phase) => dayNumber(phase.start!))).toEqual(
        (early.plan.rollout ?? []).map((phase) => shift(phase.start)),
      );
      expect({ ...late.plan, rollout: undefined }).toEqual({ ...early.plan, rollout: undefined });
      expect(late.actionContracts).toEqual(early.actionContracts);
    }
  });

  it("the ready flagship's ROI is complete and pays back within a year", () => {
    const lead = ALL.find((project) => project.name === "Lead intake enrichment")!;
    const { roi } = demoPlanFor(lead.name, TODAYS[0]!).plan;
    for (const key of ["runsPerMonth", "minutesSavedPerRun", "hourlyCost", "buildCost", "monthlyRunCost"] as const)
      expect(roi?.[key], key).toBeGreaterThan(0);
    const figures = evaluate(demoDocumentV2(lead, TODAYS[0]!), { ruleset: "2.0.0" }).roi;
    expect(figures?.monthlyNet).toBeGreaterThan(0);
    expect(figures?.paybackMonths).toBeLessThanOrEqual(12);
  });

  it("contracts join their action rows and keep every v1 field; sync-audit kinds follow the v1 kinds", () => {
    for (const project of ALL) {
      const answers = withDemoPlan(project.draft.answers, demoPlanFor(project.name, TODAYS[0]!));
      (project.draft.answers.actions ?? []).forEach((row, index) => expect(answers.actions?.[index]).toMatchObject(row));
      const captured = project.draft.answers.logs?.captured ?? [];
      expect(answers.logs?.captured?.slice(0, captured.length) ?? []).toEqual(captured);
    }
  });

  it("refuses contracts that do not line up with the action rows, and unknown projects", () => {
    const lead = ALL.find((project) => project.name === "Lead intake enrichment")!;
    const demo = demoPlanFor(lead.name, TODAYS[0]!);
    expect(() => withDemoPlan(lead.draft.answers, { ...demo, actionContracts: demo.actionContracts.slice(1) })).toThrow(
      /3 action contracts for 4/,
    );
    expect(() => demoPlanFor("No such project", TODAYS[0]!)).toThrow(/no demo plan/);
  });
});
