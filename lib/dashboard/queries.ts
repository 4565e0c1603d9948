import "server-only";
import { db, type Db } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";
import type { AreaKey } from "@/lib/readiness";
import { needsReevaluation, scoresOf, type ProjectInput, type TrendPoint } from "./portfolio";

interface PortfolioSqlRow {
  id: string;
  name: string;
  systems: string[] | null;
  updated_at: Date;
  owner_id: string | null;
  owner_name: string | null;
  draft_updated_at: Date | null;
  verdict: string | null;
  readiness_index: number | null;
  blocker_count: number | null;
  warning_count: number | null;
  blocker_rules: string[] | null;
  evaluated_with: string | null;
}

/**
 * Everything the portfolio page reads, in a fixed number of queries whatever the number of
 * projects: one flat query for the table's columns (no documents, no scores), the weekly
 * trend aggregated in PostgreSQL, and — after a ruleset upgrade only — the answers of drafts
 * whose stored summary is stale. Scores are fetched for the displayed page only.
 */
export async function loadPortfolio(ctx: OrgContext, client: Db = db()) {
  const organizationId = ctx.organization.id;
  const [rows, trend] = await Promise.all([
    client.$queryRaw<PortfolioSqlRow[]>`
      SELECT p.id, p.name, p.systems, p.updated_at, u.id AS owner_id, u.name AS owner_name,
             a.updated_at AS draft_updated_at, a.verdict, a.readiness_index, a.blocker_count, a.warning_count, a.blocker_rules, a.evaluated_with
        FROM projects p
        LEFT JOIN users u ON u.id = p.owner_id
        LEFT JOIN assessments a ON a.project_id = p.id AND a.organization_id = p.organization_id
       WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL`,
    loadPortfolioTrend(client, organizationId, new Date()),
  ]);
  const projects: ProjectInput[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    systems: r.systems ?? [],
    updatedAt: r.updated_at,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? "" } : null,
    assessment:
      r.draft_updated_at === null
        ? null
        : {
            scores: {},
            updatedAt: r.draft_updated_at,
            verdict: r.verdict ?? "incomplete",
            readinessIndex: r.readiness_index,
            blockerCount: r.blocker_count ?? 0,
            warningCount: r.warning_count ?? 0,
            blockerRules: r.blocker_rules ?? [],
            evaluatedWith: r.evaluated_with ?? "",
          },
  }));
  // After a ruleset upgrade, summaries judged by the old rules are recomputed from their
  // answers: one more query, whatever the number of such projects.
  const stale = projects.filter((p) => needsReevaluation(p.assessment)).map((p) => p.id);
  if (stale.length > 0) {
    const drafts = await client.assessment.findMany({ where: { organizationId, projectId: { in: stale } }, select: { projectId: true, answers: true, scores: true } });
    const byProject = new Map(drafts.map((d) => [d.projectId, d]));
    for (const project of projects) {
      const draft = byProject.get(project.id);
      if (project.assessment && draft) Object.assign(project.assessment, { answers: draft.answers, scores: draft.scores });
    }
  }
  return { projects, trend };
}

/** The area scores of the given projects (the heat map shows one page of the table at a time). */
export async function loadScores(ctx: OrgContext, projectIds: string[], client: Db = db()): Promise<Map<string, Partial<Record<AreaKey, number>>>> {
  if (projectIds.length === 0) return new Map();
  const drafts = await client.assessment.findMany({ where: { organizationId: ctx.organization.id, projectId: { in: projectIds } }, select: { projectId: true, scores: true } });
  return new Map(drafts.map((d) => [d.projectId, scoresOf(d.scores)]));
}

const TREND_WEEKS = 12;

/**
 * Portfolio readiness week by week, computed in PostgreSQL: at each week's end every active
 * project counts with its latest snapshot so far (projects without one are left out), and
 * the index is their mean. Each snapshot is "current" from its date until the project's next
 * one, so one pass over the snapshots serves all weeks.
 */
export async function loadPortfolioTrend(client: Db, organizationId: string, now: Date): Promise<TrendPoint[]> {
  // Week w (0 = now) ends at now - 7w days. A snapshot is current at that end when it was taken
  // by then and the project's next snapshot came after it; the weeks it covers form a range.
  const rows = await client.$queryRaw<{ w: number; ready: number; incomplete: number; blocked: number; index: number | null }[]>`
    WITH spans AS (
      SELECT s.verdict, s.readiness_index,
             floor(extract(epoch FROM (${now}::timestamp - s.created_at)) / 604800)::int AS last_week,
             floor(extract(epoch FROM (${now}::timestamp - LEAD(s.created_at) OVER (PARTITION BY s.project_id ORDER BY s.created_at))) / 604800)::int AS before_week
        FROM snapshots s JOIN projects p ON p.id = s.project_id
       WHERE s.organization_id = ${organizationId} AND p.archived_at IS NULL AND s.created_at <= ${now}::timestamp
    )
    SELECT w,
           count(*) FILTER (WHERE verdict = 'ready')::int AS ready,
           count(*) FILTER (WHERE verdict = 'incomplete')::int AS incomplete,
           count(*) FILTER (WHERE verdict = 'blocked')::int AS blocked,
           round(avg(readiness_index)::numeric, 2)::float8 AS index
      FROM spans, generate_series(GREATEST(COALESCE(before_week + 1, 0), 0), LEAST(last_week, ${TREND_WEEKS - 1})) AS w
     GROUP BY w
     ORDER BY w DESC`;
  const weekEnd = (w: number) => new Date(now.getTime() - w * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return rows.map((r) => ({ date: weekEnd(r.w), index: r.index, ready: r.ready, incomplete: r.incomplete, blocked: r.blocked }));
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
