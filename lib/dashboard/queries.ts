import "server-only";
import { db, type Db } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";
import type { AreaKey } from "@/lib/readiness";
import { scoresOf, type ProjectInput } from "./portfolio";
import { refreshStaleSummaries } from "./stale-summaries";

// One project as a JSON array (see the query): far cheaper to ship and parse for 1,000 rows
// than a row per project with a dozen typed columns each.
type PortfolioJsonRow = [
  id: string,
  name: string,
  systems: string[] | null,
  updatedAt: string,
  ownerId: string | null,
  ownerName: string | null,
  draftUpdatedAt: string | null,
  verdict: string | null,
  readinessIndex: number | null,
  blockerCount: number | null,
  warningCount: number | null,
  blockerRules: string[] | null,
  evaluatedWith: string | null,
];

// Timestamps are stored as UTC without a zone; JSON carries them as "2026-11-23T07:28:44.148".
const utc = (timestamp: string) => new Date(`${timestamp}Z`);

/**
 * Every active project of the organization with its stored summary (the CSV export): one
 * flat query for the table's columns (no documents, no scores), after summaries judged by
 * an older ruleset have been recomputed and stored — as the page does
 * (stale-summaries.ts). The page reads one page of it instead (portfolio-page.ts).
 */
export async function loadPortfolioProjects(ctx: OrgContext, client: Db = db()): Promise<ProjectInput[]> {
  const organizationId = ctx.organization.id;
  await refreshStaleSummaries(client, organizationId);
  return (await portfolioRows(client, organizationId)).map(toProject);
}

async function portfolioRows(client: Db, organizationId: string): Promise<PortfolioJsonRow[]> {
  const [result] = await client.$queryRaw<{ rows: PortfolioJsonRow[] }[]>`
      SELECT coalesce(json_agg(json_build_array(
               p.id, p.name, p.systems, p.updated_at, u.id, u.name,
               a.updated_at, a.verdict, a.readiness_index, a.blocker_count, a.warning_count, a.blocker_rules, a.evaluated_with)), '[]') AS rows
        FROM projects p
        LEFT JOIN users u ON u.id = p.owner_id
        LEFT JOIN assessments a ON a.project_id = p.id AND a.organization_id = p.organization_id
       WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL`;
  return result?.rows ?? [];
}

function toProject([id, name, systems, updatedAt, ownerId, ownerName, draftUpdatedAt, verdict, readinessIndex, blockerCount, warningCount, blockerRules, evaluatedWith]: PortfolioJsonRow): ProjectInput {
  return {
    id,
    name,
    systems: systems ?? [],
    updatedAt: utc(updatedAt),
    owner: ownerId ? { id: ownerId, name: ownerName ?? "" } : null,
    assessment:
      draftUpdatedAt === null
        ? null
        : {
            scores: {},
            updatedAt: utc(draftUpdatedAt),
            verdict: verdict ?? "incomplete",
            readinessIndex,
            blockerCount: blockerCount ?? 0,
            warningCount: warningCount ?? 0,
            blockerRules: blockerRules ?? [],
            evaluatedWith: evaluatedWith ?? "",
          },
  };
}

/** The area scores of the given projects (the heat map shows one page of the table at a time). */
export async function loadScores(ctx: OrgContext, projectIds: string[], client: Db = db()): Promise<Map<string, Partial<Record<AreaKey, number>>>> {
  if (projectIds.length === 0) return new Map();
  const drafts = await client.assessment.findMany({ where: { organizationId: ctx.organization.id, projectId: { in: projectIds } }, select: { projectId: true, scores: true } });
  return new Map(drafts.map((d) => [d.projectId, scoresOf(d.scores)]));
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
