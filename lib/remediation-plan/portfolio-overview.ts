import "server-only";
import { sql } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";
import { addDays } from "@/lib/remediation/windows";

export interface ProjectDue {
  projectId: string;
  name: string;
  overdue: number;
  dueThisWeek: number;
  openBlockers: number;
}

export interface RemediationOverview {
  plans: number;
  overdue: number;
  dueThisWeek: number;
  openBlockers: number;
  /** Projects with work overdue or due in the next 7 days, most overdue first (at most `limit`). */
  projects: ProjectDue[];
  /** Open blocker items at the end of each of the last 12 weeks, oldest first (the last one is today). */
  burnDown: { day: string; openBlockers: number }[];
}

const WEEKS = 12;

/**
 * The portfolio's view of the remediation plans of its active projects: what is late, what is
 * due this week, and how many blocker items stayed open week by week ("open" meaning their
 * finding still fired then: created before and not resolved by a save by that day). Two
 * aggregate statements over the organization's items; `today` is an argument.
 */
export async function loadRemediationOverview(ctx: OrgContext, today: string, limit = 8): Promise<RemediationOverview> {
  const weekEnd = addDays(today, 7);
  const [projects, weeks, plans] = await Promise.all([
    sql<{ project_id: string; name: string; overdue: number; due_soon: number; open_blockers: number }>(
      "remediation-overview-projects",
      `SELECT i.project_id, p.name,
              count(*) FILTER (WHERE i.due_date < $2::date)::int AS overdue,
              count(*) FILTER (WHERE i.due_date >= $2::date AND i.due_date <= $3::date)::int AS due_soon,
              count(*) FILTER (WHERE i.severity = 'blocker')::int AS open_blockers
         FROM remediation_items i JOIN projects p ON p.id = i.project_id AND p.archived_at IS NULL
        WHERE i.organization_id = $1 AND i.resolved_at IS NULL AND i.status <> 'done'
        GROUP BY i.project_id, p.name
        ORDER BY overdue DESC, due_soon DESC, p.name`,
      [ctx.organization.id, today, weekEnd],
    ),
    sql<{ day: string; open_blockers: number }>(
      "remediation-overview-burndown",
      `SELECT to_char(d, 'YYYY-MM-DD') AS day,
              count(i.id)::int AS open_blockers
         FROM generate_series($2::date - ${7 * (WEEKS - 1)}, $2::date, interval '7 days') AS d
         LEFT JOIN (remediation_items i JOIN projects p ON p.id = i.project_id AND p.archived_at IS NULL)
           ON i.organization_id = $1 AND i.severity = 'blocker'
          AND i.created_at < d + interval '1 day' AND (i.resolved_at IS NULL OR i.resolved_at >= d + interval '1 day')
        GROUP BY d ORDER BY d`,
      [ctx.organization.id, today],
    ),
    sql<{ count: number }>(
      "remediation-overview-plans",
      `SELECT count(*)::int AS count FROM remediation_plans rp JOIN projects p ON p.id = rp.project_id AND p.archived_at IS NULL WHERE rp.organization_id = $1`,
      [ctx.organization.id],
    ),
  ]);
  const sum = (field: "overdue" | "due_soon" | "open_blockers") => projects.reduce((n, row) => n + row[field], 0);
  return {
    plans: plans[0]?.count ?? 0,
    overdue: sum("overdue"),
    dueThisWeek: sum("due_soon"),
    openBlockers: sum("open_blockers"),
    projects: projects
      .filter((row) => row.overdue + row.due_soon > 0)
      .slice(0, limit)
      .map((row) => ({
        projectId: row.project_id,
        name: row.name,
        overdue: row.overdue,
        dueThisWeek: row.due_soon,
        openBlockers: row.open_blockers,
      })),
    burnDown: weeks.map((row) => ({ day: row.day, openBlockers: row.open_blockers })),
  };
}
