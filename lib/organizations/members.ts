import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { OrgContext } from "./access";
import { revokeInvitationsBeyondAuthority } from "./invitation-authority";

/**
 * Role changes and removals lock the organization row first, so two owners demoting each
 * other at once cannot leave it with none.
 */
export async function lockOrganization(tx: DbTx, organizationId: string) {
  await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${organizationId} FOR UPDATE`;
}

async function assertNotLastOwner(tx: DbTx, organizationId: string, membership: { role: Role }, message: string) {
  if (membership.role !== "owner") return;
  const owners = await tx.membership.count({ where: { organizationId, role: "owner" } });
  if (owners <= 1) throw new AppError("conflict", message);
}

async function loadMember(tx: DbTx, ctx: OrgContext, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: ctx.organization.id },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!membership) throw notFound("This member");
  return membership;
}

export async function changeMemberRole(ctx: OrgContext, membershipId: string, role: Role, now = new Date()) {
  await db().$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organization.id);
    const membership = await loadMember(tx, ctx, membershipId);
    if (membership.role === role) return;
    if (role !== "owner") {
      await assertNotLastOwner(
        tx,
        ctx.organization.id,
        membership,
        "The organization needs at least one owner: make someone else an owner first.",
      );
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "membership",
      entityId: membership.id,
      action: "member.role_changed",
      changes: { role: { before: membership.role, after: role }, user: { before: membership.user.email, after: membership.user.email } },
    });
    await revokeInvitationsBeyondAuthority(tx, {
      organizationId: ctx.organization.id,
      creatorId: membership.userId,
      role,
      actorId: ctx.user.id,
      now,
    });
  });
}

export async function removeMember(ctx: OrgContext, membershipId: string, now = new Date()) {
  await db().$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organization.id);
    const membership = await loadMember(tx, ctx, membershipId);
    await assertNotLastOwner(tx, ctx.organization.id, membership, "The last owner cannot be removed: make someone else an owner first.");
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "membership",
      entityId: membership.id,
      action: membership.userId === ctx.user.id ? "member.left" : "member.removed",
      changes: { role: { before: membership.role, after: null }, user: { before: membership.user.email, after: null } },
    });
    await revokeInvitationsBeyondAuthority(tx, {
      organizationId: ctx.organization.id,
      creatorId: membership.userId,
      role: null,
      actorId: ctx.user.id,
      now,
    });
  });
}

export async function leaveOrganization(ctx: OrgContext) {
  const own = await db().membership.findFirst({
    where: { organizationId: ctx.organization.id, userId: ctx.user.id },
    select: { id: true },
  });
  if (!own) throw notFound("This organization");
  try {
    await removeMember(ctx, own.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      throw new AppError("conflict", "You are the last owner: make someone else an owner before you leave.");
    }
    throw error;
  }
}
