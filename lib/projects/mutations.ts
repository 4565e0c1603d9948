import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import type { AuditChanges } from "@/lib/audit/changes";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import type { ProjectFields } from "./schema";

async function assertOwnerIsMember(tx: DbTx, ctx: OrgContext, ownerId: string | null) {
  if (!ownerId) return;
  const member = await tx.membership.findFirst({ where: { organizationId: ctx.organization.id, userId: ownerId }, select: { id: true } });
  if (!member) throw new AppError("validation", "Check the highlighted fields.", { ownerId: ["Choose a member of this organization."] });
}

/** A project and its empty assessment (revision 0), with the audit event, in one transaction. */
export async function createProject(ctx: OrgContext, fields: ProjectFields) {
  return db().$transaction(async (tx) => {
    await assertOwnerIsMember(tx, ctx, fields.ownerId);
    const project = await tx.project.create({
      data: {
        organizationId: ctx.organization.id,
        name: fields.name,
        description: fields.description,
        systems: fields.systems,
        ownerId: fields.ownerId,
      },
    });
    const empty = { answers: {}, scores: {} };
    await tx.assessment.create({
      data: { organizationId: ctx.organization.id, projectId: project.id, ...empty, ...summarizeDraft(empty), updatedById: ctx.user.id },
    });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "project",
      entityId: project.id,
      projectId: project.id,
      action: "project.created",
      changes: {
        name: { before: null, after: fields.name },
        description: { before: null, after: fields.description },
        systems: { before: null, after: fields.systems },
        ownerId: { before: null, after: fields.ownerId },
      },
    });
    return project;
  });
}

export async function updateProject(ctx: OrgContext, projectId: string, fields: ProjectFields) {
  await db().$transaction(async (tx) => {
    const before = await tx.project.findFirst({ where: { id: projectId, organizationId: ctx.organization.id } });
    if (!before) throw notFound("This project");
    await assertOwnerIsMember(tx, ctx, fields.ownerId);
    const changes: AuditChanges = {};
    for (const key of ["name", "description", "systems", "ownerId"] as const) {
      if (JSON.stringify(before[key]) !== JSON.stringify(fields[key])) changes[key] = { before: before[key], after: fields[key] };
    }
    if (Object.keys(changes).length === 0) return;
    await tx.project.update({
      where: { id: before.id },
      data: { name: fields.name, description: fields.description, systems: fields.systems, ownerId: fields.ownerId },
    });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "project",
      entityId: projectId,
      projectId,
      action: "project.updated",
      changes,
    });
  });
}

export async function setProjectArchived(ctx: OrgContext, projectId: string, archived: boolean, now = new Date()) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id: projectId, organizationId: ctx.organization.id, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? now : null },
    });
    if (count === 0) throw notFound(archived ? "An active project with this id" : "An archived project with this id");
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "project",
      entityId: projectId,
      projectId,
      action: archived ? "project.archived" : "project.restored",
      changes: { archivedAt: { before: archived ? null : "set", after: archived ? now.toISOString() : null } },
    });
  });
}
