import "server-only";
import type { Db } from "@/lib/db/client";
import type { TrendPoint } from "./portfolio";
import { completedWeekEnds, weekPoint } from "./trend-weeks";

interface WeekRow {
  week_end: Date;
  ready: number;
  incomplete: number;
  blocked: number;
  readiness_index: number | null;
}

/**
 * The completed weeks of the portfolio trend. Stored weeks of the organization's current
 * trend generation are read as they are; missing ones are computed from the snapshots and
 * stored in the same statement, which reads the generation and the snapshots from one
 * database snapshot — so a week is never stored under a generation it does not reflect.
 * Weeks in which no project had a snapshot yet are stored too, but not shown.
 */
export async function loadCompletedWeeks(client: Db, organizationId: string, now: Date): Promise<TrendPoint[]> {
  const weekEnds = completedWeekEnds(now);
  let rows = await client.$queryRaw<WeekRow[]>`
    SELECT w.week_end, w.ready, w.incomplete, w.blocked, w.readiness_index
      FROM portfolio_trend_weeks w JOIN organizations o ON o.id = w.organization_id AND o.trend_generation = w.generation
     WHERE w.organization_id = ${organizationId} AND w.week_end >= ${weekEnds[0]!}::timestamp AND w.week_end <= ${weekEnds.at(-1)!}::timestamp`;
  if (rows.length < weekEnds.length) rows = await computeWeeks(client, organizationId, weekEnds);
  return rows
    .filter((r) => r.ready + r.incomplete + r.blocked > 0)
    .sort((a, b) => a.week_end.getTime() - b.week_end.getTime())
    .map((r) => weekPoint(r.week_end, { ready: r.ready, incomplete: r.incomplete, blocked: r.blocked, index: r.readiness_index }));
}

// Each snapshot is current from its date until the project's next one: one pass over the
// snapshots serves every week end.
function computeWeeks(client: Db, organizationId: string, weekEnds: Date[]): Promise<WeekRow[]> {
  const ends = weekEnds.map((d) => d.toISOString());
  return client.$queryRaw<WeekRow[]>`
    WITH spans AS (
      SELECT s.verdict, s.readiness_index, s.created_at AS from_at,
             LEAD(s.created_at) OVER (PARTITION BY s.project_id ORDER BY s.created_at, s.id) AS until_at
        FROM snapshots s JOIN projects p ON p.id = s.project_id
       WHERE s.organization_id = ${organizationId} AND p.archived_at IS NULL
    ), weeks AS (
      SELECT e.week_end,
             count(s.verdict) FILTER (WHERE s.verdict = 'ready')::int AS ready,
             count(s.verdict) FILTER (WHERE s.verdict = 'incomplete')::int AS incomplete,
             count(s.verdict) FILTER (WHERE s.verdict = 'blocked')::int AS blocked,
             round(avg(s.readiness_index)::numeric, 2)::float8 AS readiness_index
        FROM unnest(${ends}::timestamp[]) AS e(week_end)
        LEFT JOIN spans s ON s.from_at < e.week_end AND (s.until_at IS NULL OR s.until_at >= e.week_end)
       GROUP BY e.week_end
    ), stored AS (
    INSERT INTO portfolio_trend_weeks (organization_id, week_end, generation, ready, incomplete, blocked, readiness_index)
    SELECT ${organizationId}, w.week_end, o.trend_generation, w.ready, w.incomplete, w.blocked, w.readiness_index
      FROM weeks w CROSS JOIN organizations o WHERE o.id = ${organizationId}
    ON CONFLICT (organization_id, week_end) DO UPDATE
       SET generation = EXCLUDED.generation, ready = EXCLUDED.ready, incomplete = EXCLUDED.incomplete,
           blocked = EXCLUDED.blocked, readiness_index = EXCLUDED.readiness_index
     WHERE portfolio_trend_weeks.generation < EXCLUDED.generation
    )
    SELECT week_end, ready, incomplete, blocked, readiness_index FROM weeks`;
}
