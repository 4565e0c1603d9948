import "server-only";
import { db, type Db } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";
import { needsReevaluation } from "./portfolio";

/** A project as lists show it: owner, and the draft's scores with its stored evaluation summary. */
export const portfolioProjectSelect = {
  id: true,
  name: true,
  systems: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  assessment: {
    select: { scores: true, updatedAt: true, verdict: true, readinessIndex: true, blockerCount: true, warningCount: true, blockerRules: true, evaluatedWith: true },
  },
} as const;

/**
 * Everything the portfolio page reads, in a fixed number of queries whatever the number of
 * projects (projects, their owners and drafts are batched by Prisma; snapshots in one query).
 */
export async function loadPortfolio(ctx: OrgContext, client: Db = db()) {
  const organizationId = ctx.organization.id;
  const [projects, snapshots] = await Promise.all([
    client.project.findMany({
      where: { organizationId, archivedAt: null },
      select: portfolioProjectSelect,
    }),
    client.snapshot.findMany({
      where: { organizationId, project: { archivedAt: null } },
      select: { projectId: true, createdAt: true, readinessIndex: true, verdict: true },
    }),
  ]);
  // After a ruleset upgrade, summaries judged by the old rules are recomputed from their
  // answers: one more query, whatever the number of such projects.
  const stale = projects.filter((p) => needsReevaluation(p.assessment)).map((p) => p.id);
  if (stale.length > 0) {
    const answers = await client.assessment.findMany({ where: { organizationId, projectId: { in: stale } }, select: { projectId: true, answers: true } });
    const byProject = new Map(answers.map((a) => [a.projectId, a.answers]));
    for (const project of projects) if (project.assessment && byProject.has(project.id)) Object.assign(project.assessment, { answers: byProject.get(project.id) });
  }
  return { projects, snapshots };
}

/** The project dashboard's history: every snapshot's summary, and the newest one's scores for the radar. */
export async function loadProjectSnapshots(ctx: OrgContext, projectId: string) {
  const where = { organizationId: ctx.organization.id, projectId };
  const [summaries, latest] = await Promise.all([
    db().snapshot.findMany({ where, orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, readinessIndex: true, verdict: true } }),
    db().snapshot.findFirst({ where, orderBy: { createdAt: "desc" }, select: { id: true, createdAt: true, document: true } }),
  ]);
  return { summaries, latest };
}
