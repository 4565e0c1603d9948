import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { submitForReview } from "@/lib/assessments/snapshots";
import { loadPortfolioPage, loadPortfolioRows } from "@/lib/dashboard/portfolio-page";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrgContext } from "@/lib/organizations/access";
import type { Verdict } from "@/lib/readiness";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { testDatabaseUrl, testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

function countingClient() {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: testDatabaseUrl() }),
    log: [{ emit: "event", level: "query" }],
  });
  const counter = { queries: 0 };
  client.$on("query", () => {
    counter.queries += 1;
  });
  return { client, counter };
}

async function addProjects(ctx: OrgContext, count: number, scores: Record<string, { score: number }>) {
  for (let i = 0; i < count; i += 1) {
    const project = await createProject(ctx, { name: `P${i}`, description: "", systems: ["crm"], ownerId: null });
    const saved = await saveAssessment(ctx, project.id, 0, { answers: {}, scores });
    await submitForReview(ctx, project.id, saved.revision);
  }
}

describe("portfolio trend", () => {
  // A Wednesday: the completed weeks end on Mondays 23, 16 and 9 November (shown as the Sundays before).
  const now = new Date("2026-11-25T12:00:00Z");
  const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

  async function scenario() {
    const owner = await makeOwner();
    const [a, b, archived] = await Promise.all(
      ["A", "B", "Archived"].map((name) => createProject(owner, { name, description: "", systems: [], ownerId: null })),
    );
    const snap = (projectId: string, day: string, readinessIndex: number, verdict: Verdict, number = 1) =>
      testDb().snapshot.create({
        data: {
          organizationId: owner.organization.id,
          projectId,
          revision: number,
          number,
          document: {},
          evaluation: {},
          rulesetVersion: "1.0.0",
          verdict,
          readinessIndex,
          blockerCount: 0,
          warningCount: 0,
          createdAt: at(day),
        },
      });
    await snap(a!.id, "2026-11-05", 2, "blocked");
    await snap(a!.id, "2026-11-19", 4, "ready", 2);
    await snap(b!.id, "2026-11-12", 3, "incomplete");
    await snap(archived!.id, "2026-11-12", 1, "blocked");
    await setProjectArchived(owner, archived!.id, true);
    return { owner, a: a!, b: b! };
  }

  const FIRST_PAGE = { sort: "verdict", dir: "asc", page: 1 } as const;
  const trendOf = async (owner: OrgContext, client = testDb()) => (await loadPortfolioPage(owner, FIRST_PAGE, client, now)).trend;

  it("counts each active project with its latest snapshot at each completed week's end, then now", async () => {
    const { owner } = await scenario();
    const trend = await trendOf(owner);
    expect(trend).toEqual([
      { date: "2026-11-08", index: 2, ready: 0, incomplete: 0, blocked: 1 },
      { date: "2026-11-15", index: 2.5, ready: 0, incomplete: 1, blocked: 1 },
      { date: "2026-11-22", index: 3.5, ready: 1, incomplete: 1, blocked: 0 },
      { date: "2026-11-25", index: 3.5, ready: 1, incomplete: 1, blocked: 0 },
    ]);
  });

  it("stores completed weeks once, and recomputes them when a project is archived or a snapshot is backdated", async () => {
    const { owner, a, b } = await scenario();
    const { counter, client } = countingClient();
    try {
      await trendOf(owner, client);
      const computing = counter.queries;
      const stored = await testDb().portfolioTrendWeek.findMany({ where: { organizationId: owner.organization.id } });
      expect(stored).toHaveLength(11);
      counter.queries = 0;
      await trendOf(owner, client);
      // The page's fixed queries, the stored weeks among them: nothing recomputed.
      expect(counter.queries).toBeLessThanOrEqual(5);
      expect(counter.queries).toBeLessThan(computing);
    } finally {
      await client.$disconnect();
    }

    await setProjectArchived(owner, b.id, true);
    expect((await trendOf(owner)).map((p) => p.index)).toEqual([2, 2, 4, 4]);

    await testDb().snapshot.create({
      data: {
        organizationId: owner.organization.id,
        projectId: a.id,
        revision: 3,
        number: 3,
        document: {},
        evaluation: {},
        rulesetVersion: "1.0.0",
        verdict: "blocked",
        readinessIndex: 1,
        blockerCount: 1,
        warningCount: 0,
        createdAt: at("2026-11-10"),
      },
    });
    expect((await trendOf(owner)).map((p) => p.index)).toEqual([2, 1, 4, 4]);
  });
});

describe("portfolio dashboard data", () => {
  it("counts, heat map scores and top blockers match what is stored", async () => {
    const owner = await makeOwner();
    await addProjects(owner, 2, { securityControls: { score: 2 }, dataOwnership: { score: 4 } });
    await addProjects(owner, 1, { securityControls: { score: 3 } });
    const viewer = await addMember(owner, "viewer");
    const rows = await loadPortfolioRows(viewer, { sort: "name", dir: "asc" });
    const scores = rows.map((r) => r.scores);
    expect(scores.filter((s) => s.securityControls === 2)).toHaveLength(2);
    expect(scores.filter((s) => s.dataOwnership === 4)).toHaveLength(2);
    expect(scores.filter((s) => s.securityControls === 3 && s.dataOwnership === undefined)).toHaveLength(1);
    const page = await loadPortfolioPage(viewer, { sort: "verdict", dir: "asc", page: 1 });
    expect(page.counts).toEqual({ blocked: 2, incomplete: 1, ready: 0 });
    expect(page.topBlockers).toEqual([{ ruleId: "SCORE_BELOW_3", title: expect.any(String), count: 2 }]);
    expect(page.trend.at(-1)).toMatchObject({ blocked: 2, incomplete: 1, ready: 0 });
  });

  it("shows another organization nothing", async () => {
    const owner = await makeOwner();
    await addProjects(owner, 2, {});
    const outsider = await makeOwner("Outsider");
    expect(await loadPortfolioRows(outsider, { sort: "name", dir: "asc" })).toEqual([]);
    expect((await loadPortfolioPage(outsider, { sort: "verdict", dir: "asc", page: 1 })).trend).toEqual([]);
    const victimIds = (await loadPortfolioRows(owner, { sort: "name", dir: "asc" })).map((p) => p.id);
    expect(await testDb().assessment.count({ where: { organizationId: outsider.organization.id, projectId: { in: victimIds } } })).toBe(0);
  });

  it("reads with the same number of queries for 3 projects as for 30 (no N+1)", async () => {
    const small = await makeOwner("Small");
    await addProjects(small, 3, { workflowMapping: { score: 3 } });
    const large = await makeOwner("Large");
    await addProjects(large, 30, { workflowMapping: { score: 3 } });
    const { client, counter } = countingClient();
    try {
      await loadPortfolioRows(small, { sort: "name", dir: "asc" }, client);
      const forSmall = counter.queries;
      counter.queries = 0;
      const loaded = await loadPortfolioRows(large, { sort: "name", dir: "asc" }, client);
      expect(loaded).toHaveLength(30);
      expect(counter.queries).toBe(forSmall);
      expect(forSmall).toBeLessThanOrEqual(5);
      // The page itself, once the weeks are stored: one page of the table, the overview and the stored weeks, in parallel.
      for (const org of [small, large]) await loadPortfolioPage(org, { sort: "verdict", dir: "asc", page: 1 });
      counter.queries = 0;
      await loadPortfolioPage(small, { sort: "verdict", dir: "asc", page: 1 }, client);
      const pageForSmall = counter.queries;
      counter.queries = 0;
      const page = await loadPortfolioPage(large, { sort: "verdict", dir: "asc", page: 1 }, client);
      expect(page.rows).toHaveLength(25);
      expect(counter.queries).toBe(pageForSmall);
      expect(pageForSmall).toBeLessThanOrEqual(5);
    } finally {
      await client.$disconnect();
    }
  });
});
