import "server-only";
import { db } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import { AppError, notFound } from "@/lib/errors";
import type { AuditChanges } from "@/lib/audit/changes";
import { assertCan, type OrgContext } from "@/lib/organizations/access";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, dayOf } from "./columns";
import type { ItemUpdate } from "./schema";

/** The item as it stands, carried by a conflict so the person sees what won. */
export interface ItemVersion {
  revision: number;
  status: string;
  assigneeId: string | null;
  dueDate: string;
  notes: string;
}

export class ItemConflictError extends AppError {
  constructor(public readonly current: ItemVersion) {
    super(
      "conflict",
      "Someone else changed this item since you opened it: its current state is shown; apply your change again.",
      {},
      { current },
    );
  }
}

/**
 * A person's change to one item: status, assignee (a member of this organization), due date
 * and notes, only if the item is still at `baseRevision` (a conflict otherwise, never a silent
 * overwrite). The change and its audit event are written in one transaction.
 */
export async function updateRemediationItem(ctx: OrgContext, update: ItemUpdate) {
  const { projectId, itemId } = update;
  assertCan(ctx, "assessments:write");
  if (!isRowId(projectId) || !isRowId(itemId)) throw notFound("This item");
  return db().$transaction(async (tx) => {
    const before = await tx.remediationItem.findFirst({ where: { id: itemId, projectId, organizationId: ctx.organization.id } });
    if (!before) throw notFound("This item");
    const version = (item: typeof before): ItemVersion => ({
      revision: item.revision,
      status: item.status,
      assigneeId: item.assigneeId,
      dueDate: dayOf(item.dueDate),
      notes: item.notes,
    });
    if (before.revision !== update.baseRevision) throw new ItemConflictError(version(before));
    if (update.assigneeId !== null && update.assigneeId !== before.assigneeId) {
      const member = await tx.membership.findFirst({
        where: { organizationId: ctx.organization.id, userId: update.assigneeId },
        select: { id: true },
      });
      if (!member)
        throw new AppError("validation", "Check the highlighted fields.", { assigneeId: ["Choose a member of this organization."] });
    }
    const old = version(before);
    const next = { status: update.status, assigneeId: update.assigneeId, dueDate: update.dueDate, notes: update.notes };
    const changes: AuditChanges = {};
    for (const field of ["status", "assigneeId", "dueDate", "notes"] as const) {
      if (old[field] !== next[field]) changes[field] = { before: old[field], after: next[field] };
    }
    if (Object.keys(changes).length === 0) return { revision: before.revision, changed: false };
    const written = await tx.remediationItem.updateMany({
      where: { id: before.id, revision: update.baseRevision },
      data: {
        status: next.status,
        assigneeId: next.assigneeId,
        dueDate: dateColumn(next.dueDate),
        notes: next.notes,
        revision: { increment: 1 },
        ...(changes.dueDate ? { dueDateSetByPerson: true } : {}),
      },
    });
    if (written.count === 0) {
      const current = await tx.remediationItem.findFirstOrThrow({ where: { id: before.id } });
      throw new ItemConflictError(version(current));
    }
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "remediation_item",
      entityId: before.id,
      projectId,
      action: "remediation.item_updated",
      changes,
    });
    return { revision: before.revision + 1, changed: true };
  });
}
