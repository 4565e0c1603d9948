import "server-only";
import { db } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgContext } from "@/lib/organizations/access";
import { groupHistory, type HistoryEntry } from "./history-sessions";

export const HISTORY_PAGE_SIZE = 25;
/**
 * Sittings are grouped from the newest events this many at most, so one page never reads
 * a project's whole trail; older events are reached by narrowing the dates.
 */
export const HISTORY_SCAN_LIMIT = 5_000;

export interface ProjectHistory {
  /** Entries (sittings and single events) across the scanned events. */
  total: number;
  entries: HistoryEntry[];
  pages: number;
  /** Events the entries stand for, and whether older ones were left out of the scan. */
  events: number;
  truncated: boolean;
}

export interface HistoryFilters {
  actorId?: string;
  /** A question key (e.g. "actions"), "scores" or "plan": events that changed a field under it. */
  section?: string;
  from?: Date;
  to?: Date;
  page: number;
}

/**
 * A project's audit trail, newest first, filtered, with each sitting of autosaves as one
 * entry (lib/assessments/history-sessions.ts), paged by entries; always within the
 * organization.
 */
export async function listProjectHistory(ctx: OrgContext, projectId: string, filters: HistoryFilters): Promise<ProjectHistory> {
  // An id of the wrong shape names nobody (and a NUL in it would make PostgreSQL fail the query).
  if (!isRowId(projectId) || (filters.actorId !== undefined && !isRowId(filters.actorId)))
    return { total: 0, entries: [], pages: 1, events: 0, truncated: false };
  const where: Prisma.AuditEventWhereInput = {
    organizationId: ctx.organization.id,
    projectId,
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.from || filters.to
      ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } }
      : {}),
  };
  if (filters.section) {
    // Field paths are the keys of `changes`; match events with any key under the section.
    const prefix = filters.section === "scores" || filters.section === "plan" ? `${filters.section}.` : `answers.${filters.section}`;
    const ids = await db().$queryRaw<{ id: string }[]>`
      SELECT e.id FROM audit_events e
       WHERE e.organization_id = ${ctx.organization.id} AND e.project_id = ${projectId}
         AND EXISTS (SELECT 1 FROM jsonb_object_keys(e.changes) k WHERE k LIKE ${`${prefix}%`})`;
    where.id = { in: ids.map((r) => r.id) };
  }
  const [count, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_SCAN_LIMIT,
      select: { id: true, action: true, createdAt: true, changes: true, actor: { select: { id: true, name: true } } },
    }),
  ]);
  const entries = groupHistory(events);
  const start = (filters.page - 1) * HISTORY_PAGE_SIZE;
  return {
    total: entries.length,
    entries: entries.slice(start, start + HISTORY_PAGE_SIZE),
    pages: Math.max(1, Math.ceil(entries.length / HISTORY_PAGE_SIZE)),
    events: events.length,
    truncated: count > events.length,
  };
}
