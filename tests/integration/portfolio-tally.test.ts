/**
 * The tally the triggers keep must say what the aggregate over every project says, after
 * every kind of write: saves that change a verdict or its blockers, concurrent saves,
 * snapshots, archiving and restoring, deleting a project, a ruleset change, folding, and
 * deleting the organization.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment, validateDraft } from "@/lib/assessments/save-assessment";
import { submitForReview } from "@/lib/assessments/snapshots";
import { foldTally, readPortfolioTally, type PortfolioTally } from "@/lib/dashboard/portfolio-tally";
import { phaseKey, type PhaseKey } from "@/lib/dashboard/rollout-phase";
import { refreshStaleSummaries } from "@/lib/dashboard/stale-summaries";
import { dateOfDay, dayNumber } from "@/lib/integration-plan/calendar-day";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { RULESET_VERSION, type AssessmentDocumentV2, type RolloutPhase } from "@/lib/readiness";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

const example = (name: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../public/examples/${name}.json`), "utf8")) as AssessmentDocumentV2;
const ready = example("ready");
const blocked = example("blocked");
const readyV2 = example("ready-v2");
/** The ready v2 example with its ROI in another currency. */
const inEuros = (doc: AssessmentDocumentV2): AssessmentDocumentV2 =>
  ({ ...doc, plan: { ...doc.plan, roi: { ...doc.plan?.roi, currency: "EUR" } } }) as AssessmentDocumentV2;

const cents = (n: number) => Math.round(n * 100) / 100;

/** What the ready drafts' ROI figures add up to, straight from the drafts (the oracle of `value`). */
async function valueAggregate(organizationId: string): Promise<PortfolioTally["value"]> {
  const rows = await testDb().$queryRaw<{ currency: string | null; hours: number | null; net: number | null; n: number; nh: number }[]>`
    SELECT a.roi_currency AS currency, sum(a.monthly_hours_saved)::float8 AS hours, sum(a.monthly_net)::float8 AS net,
           count(a.monthly_net)::int AS n, count(a.monthly_hours_saved)::int AS nh
      FROM projects p JOIN assessments a ON a.project_id = p.id
     WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL AND a.verdict = 'ready'
     GROUP BY a.roi_currency`;
  return {
    hoursSaved: cents(rows.reduce((t, r) => t + (r.hours ?? 0), 0)),
    projects: rows.reduce((t, r) => t + r.nh, 0),
    net: rows
      .filter((r) => r.n > 0)
      .map((r) => ({ currency: r.currency, amount: cents(r.net ?? 0), projects: r.n }))
      .sort((a, b) => b.projects - a.projects || (a.currency ?? "").localeCompare(b.currency ?? "")),
  };
}

/**
 * Active projects by the stage of their current phase on `day` (the database's today when
 * null), grouped over the drafts as the page did before the tally kept it (the oracle of `phases`).
 */
async function phasesAggregate(organizationId: string, day: number | null = null): Promise<Map<PhaseKey, number>> {
  const rows = await testDb().$queryRaw<{ phase: string | null; count: number }[]>`
    SELECT (a.phase_stages)[preflight_current_phase(a.phase_changes, a.phase_schedule, COALESCE(${day}::int, preflight_today()))] AS phase,
           count(*)::int AS count
      FROM projects p JOIN assessments a ON a.project_id = p.id
     WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL GROUP BY 1`;
  const phases = new Map<PhaseKey, number>();
  for (const row of rows) {
    const key = phaseKey(row.phase);
    if (key !== null) phases.set(key, (phases.get(key) ?? 0) + row.count);
  }
  return phases;
}

/** The aggregate the tally replaced, over every active project (the oracle). */
async function aggregate(organizationId: string): Promise<PortfolioTally> {
  const db = testDb();
  const [counts] = await db.$queryRaw<
    {
      active: number;
      ready: number;
      blocked: number;
      stale: number;
      s_ready: number;
      s_incomplete: number;
      s_blocked: number;
      idx: number | null;
      scored: number;
    }[]
  >`
    SELECT count(*)::int AS active,
           count(*) FILTER (WHERE a.verdict = 'ready')::int AS ready,
           count(*) FILTER (WHERE a.verdict = 'blocked')::int AS blocked,
           count(*) FILTER (WHERE a.evaluated_with IS DISTINCT FROM ${RULESET_VERSION} AND a.id IS NOT NULL)::int AS stale,
           count(*) FILTER (WHERE p.last_snapshot_verdict = 'ready')::int AS s_ready,
           count(*) FILTER (WHERE p.last_snapshot_verdict = 'incomplete')::int AS s_incomplete,
           count(*) FILTER (WHERE p.last_snapshot_verdict = 'blocked')::int AS s_blocked,
           avg(p.last_snapshot_index) FILTER (WHERE p.last_snapshot_verdict IS NOT NULL)::float8 AS idx,
           count(p.last_snapshot_index) FILTER (WHERE p.last_snapshot_verdict IS NOT NULL)::int AS scored
      FROM projects p LEFT JOIN assessments a ON a.project_id = p.id
     WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL`;
  const rules = await db.$queryRaw<{ rule: string; count: number }[]>`
    SELECT rule, count(*)::int AS count FROM projects p JOIN assessments a ON a.project_id = p.id, unnest(a.blocker_rules) AS rule
     WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL GROUP BY rule`;
  const c = counts!;
  return {
    active: c.active,
    drafts: { ready: c.ready, blocked: c.blocked, incomplete: c.active - c.ready - c.blocked },
    judgedByOtherRulesets: c.stale,
    blockerRules: rules.sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    snapshots: { ready: c.s_ready, incomplete: c.s_incomplete, blocked: c.s_blocked, index: c.scored > 0 ? c.idx : null, scored: c.scored },
    value: await valueAggregate(organizationId),
    phases: await phasesAggregate(organizationId),
  };
}

async function expectTallyMatches(organizationId: string) {
  const [tally, oracle] = await Promise.all([readPortfolioTally(testDb(), organizationId, RULESET_VERSION), aggregate(organizationId)]);
  const rounded = (t: PortfolioTally) => ({
    ...t,
    snapshots: { ...t.snapshots, index: t.snapshots.index === null ? null : cents(t.snapshots.index) },
    value: { ...t.value, hoursSaved: cents(t.value.hoursSaved), net: t.value.net.map((n) => ({ ...n, amount: cents(n.amount) })) },
  });
  expect(rounded(tally)).toEqual(rounded(oracle));
  return tally;
}

/** The example with another rollout in its plan. */
const withRollout = (doc: AssessmentDocumentV2, rollout: RolloutPhase[]): AssessmentDocumentV2 =>
  ({ ...doc, plan: { ...doc.plan, rollout } }) as AssessmentDocumentV2;
const today = () => dayNumber(new Date().toISOString().slice(0, 10))!;
const fromToday = (days: number) => dateOfDay(today() + days);

/** Projects by phase on `day` (today or later) as the ledger says it: each stage's own key and its keys of days up to `day`. */
async function ledgerPhasesOn(organizationId: string, day: number): Promise<Map<PhaseKey, number>> {
  const rows = await testDb().$queryRaw<{ stage: string; count: number }[]>`
    SELECT substr(split_part(key, '@', 1), length('phase:') + 1) AS stage, sum(amount)::int AS count FROM portfolio_tally
     WHERE organization_id = ${organizationId} AND key LIKE 'phase:%'
       AND CASE WHEN key LIKE '%@%' THEN split_part(key, '@', 2)::int <= ${day} ELSE true END GROUP BY 1 HAVING sum(amount) <> 0`;
  return new Map(rows.map((r) => [phaseKey(r.stage)!, r.count]));
}

let owner: OrgContext;
const ids: string[] = [];

async function save(projectId: string, doc: AssessmentDocumentV2) {
  const { revision } = await testDb().assessment.findUniqueOrThrow({ where: { projectId }, select: { revision: true } });
  return saveAssessment(owner, projectId, revision, validateDraft(doc.answers ?? {}, doc.scores ?? {}, doc.plan));
}

beforeAll(async () => {
  owner = await makeOwner("Tally");
  for (const name of ["One", "Two", "Three", "Four", "Five", "Six"])
    ids.push((await createProject(owner, { name, description: "", systems: ["crm"], ownerId: owner.user.id })).id);
});

describe("the portfolio tally", () => {
  it("counts new projects with empty drafts", async () => {
    const tally = await expectTallyMatches(owner.organization.id);
    expect(tally.active).toBe(6);
    expect(tally.drafts.incomplete).toBe(6);
  });

  it("follows saves that change a verdict and its blockers, one after another and at once", async () => {
    await save(ids[0]!, blocked);
    await save(ids[1]!, ready);
    await expectTallyMatches(owner.organization.id);
    await Promise.all([save(ids[2]!, blocked), save(ids[3]!, blocked), save(ids[4]!, ready), save(ids[0]!, ready)]);
    const tally = await expectTallyMatches(owner.organization.id);
    expect(tally.drafts).toEqual({ ready: 3, blocked: 2, incomplete: 1 });
    expect(tally.blockerRules.length).toBeGreaterThan(0);
  });

  it("follows snapshots, archiving and restoring, and a deleted project", async () => {
    for (const id of ids.slice(0, 3)) {
      const { revision } = await testDb().assessment.findUniqueOrThrow({ where: { projectId: id }, select: { revision: true } });
      await submitForReview(owner, id, revision);
    }
    let tally = await expectTallyMatches(owner.organization.id);
    expect(tally.snapshots.scored).toBe(3);
    await setProjectArchived(owner, ids[2]!, true);
    tally = await expectTallyMatches(owner.organization.id);
    expect(tally.active).toBe(5);
    await setProjectArchived(owner, ids[2]!, false);
    await setProjectArchived(owner, ids[3]!, true);
    await expectTallyMatches(owner.organization.id);
    await testDb().project.delete({ where: { id: ids[0]! } });
    await testDb().project.delete({ where: { id: ids[3]! } }); // archived: counted nowhere already
    tally = await expectTallyMatches(owner.organization.id);
    expect(tally.active).toBe(4);
  });

  it("counts drafts another ruleset judged, until they are judged again", async () => {
    await testDb().$executeRaw`UPDATE assessments SET evaluated_with = '0.9.0' WHERE project_id = ${ids[1]!}`;
    expect((await expectTallyMatches(owner.organization.id)).judgedByOtherRulesets).toBe(1);
    await testDb().$executeRaw`UPDATE assessments SET evaluated_with = ${RULESET_VERSION} WHERE project_id = ${ids[1]!}`;
    expect((await expectTallyMatches(owner.organization.id)).judgedByOtherRulesets).toBe(0);
  });

  it("adds the ready drafts' hours saved and net value a month, one total per currency", async () => {
    const [a, b, c] = await Promise.all(
      ["Value A", "Value B", "Value C"].map((name) => createProject(owner, { name, description: "", systems: ["crm"], ownerId: null })),
    );
    await Promise.all([save(a!.id, readyV2), save(b!.id, readyV2), save(c!.id, inEuros(readyV2))]);
    let tally = await expectTallyMatches(owner.organization.id);
    expect(tally.value.projects).toBe(3);
    expect(tally.value.net.map((n) => [n.currency, n.projects])).toEqual([
      ["USD", 2],
      ["EUR", 1],
    ]);
    // Leaving "ready", being archived or losing the plan takes a project out again.
    await save(b!.id, blocked);
    await setProjectArchived(owner, c!.id, true);
    tally = await expectTallyMatches(owner.organization.id);
    expect(tally.value.net.map((n) => [n.currency, n.projects])).toEqual([["USD", 1]]);
    await save(a!.id, { ...readyV2, plan: {} });
    expect((await expectTallyMatches(owner.organization.id)).value).toEqual({ hoursSaved: 0, projects: 0, net: [] });
  });

  it("counts projects by today's rollout phase, and its change days say the phase on every day after", async () => {
    const organizationId = owner.organization.id;
    const plans: RolloutPhase[][] = [
      [{ stage: "pilot", start: fromToday(-3), end: fromToday(3) }],
      [
        { stage: "shadow", start: fromToday(-1) },
        { stage: "full", start: fromToday(9) },
      ],
      [
        { name: "Try it", start: fromToday(-10), end: fromToday(-2) },
        { stage: "full", start: fromToday(30) },
      ],
      [{ stage: "pilot", start: fromToday(2), end: fromToday(6) }],
    ];
    const projects = await Promise.all(
      plans.map((_, i) => createProject(owner, { name: `Phase ${i}`, description: "", systems: ["crm"], ownerId: null })),
    );
    await Promise.all(projects.map((project, i) => save(project.id, withRollout(readyV2, plans[i]!))));
    const tally = await expectTallyMatches(organizationId);
    // The stageless phase stays current after its end until the next one starts; the last pilot has not begun.
    expect(tally.phases).toEqual(
      new Map([
        ["pilot", 1],
        ["shadow", 1],
        ["unstaged", 1],
      ]),
    );
    const expectEveryDay = async () => {
      for (let day = today(); day <= today() + 35; day += 1)
        expect(await ledgerPhasesOn(organizationId, day), dateOfDay(day)).toEqual(await phasesAggregate(organizationId, day));
    };
    await expectEveryDay();
    // A changed rollout, an archived project, a deleted one, a re-judged draft.
    await save(projects[0]!.id, withRollout(readyV2, [{ stage: "expansion", start: fromToday(-1), end: fromToday(4) }]));
    await setProjectArchived(owner, projects[1]!.id, true);
    await testDb().project.delete({ where: { id: projects[2]!.id } });
    await testDb().$executeRaw`
      UPDATE assessments SET evaluated_with = '', phase_stages = '{}', phase_changes = '{}', phase_schedule = '{}' WHERE project_id = ${projects[3]!.id}`;
    expect(await expectTallyMatches(organizationId)).toMatchObject({ phases: new Map([["expansion", 1]]) });
    expect(await refreshStaleSummaries(testDb(), organizationId)).toBe(1);
    await expectTallyMatches(organizationId);
    await expectEveryDay();
    // Folding merges the days up to today into each stage's own key and keeps the days to come.
    await foldTally(testDb(), organizationId);
    const keys = await testDb().portfolioTally.findMany({
      where: { organizationId, key: { startsWith: "phase:" } },
      select: { key: true },
    });
    const days = keys.flatMap(({ key }) => (key.includes("@") ? [Number(key.split("@")[1])] : []));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((day) => day > today())).toBe(true);
    await expectTallyMatches(organizationId);
    await expectEveryDay();
  });

  it("folds its rows into one per key without changing a figure", async () => {
    const before = await readPortfolioTally(testDb(), owner.organization.id, RULESET_VERSION);
    await foldTally(testDb(), owner.organization.id);
    const rows = await testDb().portfolioTally.findMany({ where: { organizationId: owner.organization.id }, select: { key: true } });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(await expectTallyMatches(owner.organization.id)).toEqual(before);
  });

  it("goes with its organization", async () => {
    const other = await makeOwner("Tally gone");
    await createProject(other, { name: "Only", description: "", systems: ["crm"], ownerId: null });
    expect(await testDb().portfolioTally.count({ where: { organizationId: other.organization.id } })).toBeGreaterThan(0);
    await testDb().organization.delete({ where: { id: other.organization.id } });
    expect(await testDb().portfolioTally.count({ where: { organizationId: other.organization.id } })).toBe(0);
    await expectTallyMatches(owner.organization.id);
  });
});
