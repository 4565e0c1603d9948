import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { submitForReview } from "@/lib/assessments/snapshots";
import { buildRow, countByVerdict, topBlockers } from "@/lib/dashboard/portfolio";
import { loadPortfolio } from "@/lib/dashboard/queries";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject } from "@/lib/projects/mutations";
import { testDatabaseUrl } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

function countingClient() {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl() }), log: [{ emit: "event", level: "query" }] });
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

describe("portfolio dashboard data", () => {
  it("counts, heat map scores and top blockers match what is stored", async () => {
    const owner = await makeOwner();
    await addProjects(owner, 2, { securityControls: { score: 2 }, dataOwnership: { score: 4 } });
    await addProjects(owner, 1, { securityControls: { score: 3 } });
    const viewer = await addMember(owner, "viewer");
    const { projects, snapshots } = await loadPortfolio(viewer);
    const rows = projects.map(buildRow);
    expect(countByVerdict(rows)).toEqual({ blocked: 2, incomplete: 1, ready: 0 });
    expect(rows.filter((r) => r.scores.securityControls === 2)).toHaveLength(2);
    expect(rows.filter((r) => r.scores.dataOwnership === 4)).toHaveLength(2);
    expect(topBlockers(rows)).toEqual([{ ruleId: "SCORE_BELOW_3", title: expect.any(String), count: 2 }]);
    expect(snapshots).toHaveLength(3);
  });

  it("shows another organization nothing", async () => {
    const owner = await makeOwner();
    await addProjects(owner, 2, {});
    const outsider = await makeOwner("Outsider");
    const { projects, snapshots } = await loadPortfolio(outsider);
    expect(projects).toEqual([]);
    expect(snapshots).toEqual([]);
  });

  it("reads with the same number of queries for 3 projects as for 30 (no N+1)", async () => {
    const small = await makeOwner("Small");
    await addProjects(small, 3, { workflowMapping: { score: 3 } });
    const large = await makeOwner("Large");
    await addProjects(large, 30, { workflowMapping: { score: 3 } });
    const { client, counter } = countingClient();
    try {
      await loadPortfolio(small, client);
      const forSmall = counter.queries;
      counter.queries = 0;
      const loaded = await loadPortfolio(large, client);
      expect(loaded.projects).toHaveLength(30);
      expect(counter.queries).toBe(forSmall);
      expect(forSmall).toBeLessThanOrEqual(5);
    } finally {
      await client.$disconnect();
    }
  });
});
