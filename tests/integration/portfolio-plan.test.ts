/**
 * Issue #17: the plan's summary columns. The SQL that says which rollout phase is current
 * (`preflight_current_phase` over the stored arrays) must agree with the pure timeline on
 * every day, and every path that writes a summary writes the plan's columns too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment, validateDraft } from "@/lib/assessments/save-assessment";
import { refreshStaleSummaries } from "@/lib/dashboard/stale-summaries";
import { dateOfDay, dayNumber } from "@/lib/integration-plan/calendar-day";
import { rolloutColumns } from "@/lib/integration-plan/rollout-columns";
import { rolloutPhasesOf, rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject } from "@/lib/projects/mutations";
import type { AssessmentDocumentV2, Plan, RolloutPhase } from "@/lib/readiness";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

const readyV2 = JSON.parse(readFileSync(path.join(process.cwd(), "public/examples/ready-v2.json"), "utf8")) as AssessmentDocumentV2;

const phase = (stage: RolloutPhase["stage"], start?: string, end?: string): RolloutPhase => ({
  name: `${stage} phase`,
  stage,
  ...(start === undefined ? {} : { start }),
  ...(end === undefined ? {} : { end }),
});

/** Rollouts the status rules treat differently: gaps, open ends, missing and derived dates, overlaps, no dates. */
const ROLLOUTS: Record<string, RolloutPhase[]> = {
  example: readyV2.plan?.rollout ?? [],
  gap: [phase("read_only", "2027-01-01", "2027-01-10"), phase("shadow", "2027-01-20", "2027-01-31"), phase("pilot", "2027-02-10")],
  derived: [phase("sandbox", "2027-01-01"), phase("shadow", "2027-01-15"), phase("pilot", undefined, "2027-02-28"), phase("full")],
  endOnly: [
    phase("read_only", undefined, "2027-01-10"),
    phase("shadow", undefined, "2027-01-20"),
    phase("full", "2027-02-01", "2027-02-05"),
  ],
  overlap: [phase("pilot", "2027-01-01", "2027-01-20"), phase("expansion", "2027-01-10", "2027-01-31"), phase("full", "2027-01-05")],
  undated: [phase("sandbox"), phase("pilot")],
  unstaged: [{ name: "Only", start: "2027-01-05", end: "2027-01-06" }, { name: "" }, phase("full", "2027-01-08", "2027-01-08")],
};

/** Every day from a week before the first date to a week after the last, and two far ones. */
function daysAround(phases: RolloutPhase[]): string[] {
  const known = phases.flatMap((p) => [p.start, p.end]).flatMap((d) => (d === undefined ? [] : [dayNumber(d) ?? 0]));
  if (known.length === 0) return ["2026-12-01", "2027-06-01"];
  const first = Math.min(...known) - 7;
  const last = Math.max(...known) + 7;
  return [first - 400, ...Array.from({ length: last - first + 1 }, (_, i) => first + i), last + 400].map(dateOfDay);
}

describe("the current rollout phase in SQL", () => {
  for (const [name, rollout] of Object.entries(ROLLOUTS)) {
    it(`agrees with the timeline on every day (${name})`, async () => {
      const plan: Plan = { rollout };
      const columns = rolloutColumns(plan);
      const days = daysAround(rollout);
      const rows = await testDb().$queryRaw<{ day: string; current: number | null; stage: string | null }[]>`
        SELECT d.day, preflight_current_phase(${columns.phaseChanges}::int[], ${columns.phaseSchedule}::int[], d.day::date - DATE '1970-01-01') AS current,
               (${columns.phaseStages}::text[])[preflight_current_phase(${columns.phaseChanges}::int[], ${columns.phaseSchedule}::int[], d.day::date - DATE '1970-01-01')] AS stage
          FROM unnest(${days}::text[]) AS d(day)`;
      const expected = days.map((day) => {
        const current = rolloutTimeline(rolloutPhasesOf(plan), day).current;
        return { day, current: current === null ? null : current.order + 1, stage: current === null ? null : (current.stage ?? "") };
      });
      expect(rows).toEqual(expected);
    });
  }
});

describe("the plan's summary columns", () => {
  let owner: OrgContext;
  let projectId: string;

  beforeAll(async () => {
    owner = await makeOwner("Plan columns");
    projectId = (await createProject(owner, { name: "Planned", description: "", systems: ["crm"], ownerId: null })).id;
  });

  const stored = () =>
    testDb().assessment.findUniqueOrThrow({
      where: { projectId },
      select: {
        monthlyHoursSaved: true,
        monthlyNet: true,
        roiCurrency: true,
        paybackMonths: true,
        phaseStages: true,
        phaseChanges: true,
        phaseSchedule: true,
      },
    });

  it("are written on save and rewritten by the stale-summary refresh", async () => {
    const empty = await stored();
    expect(empty).toMatchObject({ monthlyHoursSaved: null, monthlyNet: null, phaseStages: [] });
    await saveAssessment(owner, projectId, 0, validateDraft(readyV2.answers, readyV2.scores, readyV2.plan));
    const saved = await stored();
    expect(saved.roiCurrency).toBe("USD");
    expect(saved.monthlyHoursSaved).toBeGreaterThan(0);
    expect(saved.paybackMonths).toBeGreaterThan(0);
    expect(saved.phaseStages).toEqual(rolloutColumns(readyV2.plan).phaseStages);
    // As the migration leaves every draft: unjudged, with empty plan columns.
    await testDb().$executeRaw`
      UPDATE assessments SET evaluated_with = '', monthly_hours_saved = NULL, monthly_net = NULL, roi_currency = NULL,
             payback_months = NULL, phase_stages = '{}', phase_changes = '{}', phase_schedule = '{}' WHERE project_id = ${projectId}`;
    expect(await refreshStaleSummaries(testDb(), owner.organization.id)).toBe(1);
    expect(await stored()).toEqual(saved);
  });
});
