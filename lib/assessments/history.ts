import "server-only";
import { db } from "@/lib/db/client";
import { readAuditChanges } from "@/lib/audit/changes";
import { isRowId } from "@/lib/db/row-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgContext } from "@/lib/organizations/access";

export const HISTORY_PAGE_SIZE = 25;

export interface HistoryFilters {
  actorId?: string;
  /** A question key (e.g. "actions") or "scores": events that changed a field under it. */
  section?: string;
  from?: Date;
  to?: Date;
  page: number;
}

/** A project's audit trail, newest first, filtered and paged; always within the organization. */
export async function listProjectHistory(ctx: OrgContext, projectId: string, filters: HistoryFilters) {
  // An id of the wrong shape names nobody (and a NUL in it would make PostgreSQL fail the query).
  if (!isRowId(projectId) || (filters.actorId !== undefined && !isRowId(filters.actorId))) return { total: 0, events: [], pages: 1 };
  const where: Prisma.AuditEventWhereInput = {
    organizationId: ctx.organization.id,
    projectId,
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.from || filters.to ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {}),
  };
  if (filters.section) {
    // Field paths are the keys of `changes`; match events with any key under the section.
    const prefix = filters.section === "scores" ? "scores." : `answers.${filters.section}`;
    const ids = await db().$queryRaw<{ id: string }[]>`
      SELECT e.id FROM audit_events e
       WHERE e.organization_id = ${ctx.organization.id} AND e.project_id = ${projectId}
         AND EXISTS (SELECT 1 FROM jsonb_object_keys(e.changes) k WHERE k LIKE ${`${prefix}%`})`;
    where.id = { in: ids.map((r) => r.id) };
  }
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filters.page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: { id: true, action: true, createdAt: true, changes: true, actor: { select: { id: true, name: true } } },
    }),
  ]);
  return { total, events: events.map((event) => ({ ...event, changes: readAuditChanges(event.changes) })), pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}
