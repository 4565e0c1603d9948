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
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { RULESET_VERSION, type AssessmentDocumentV2 } from "@/lib/readiness";
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
