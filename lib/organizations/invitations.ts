import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type DbTx } from "@/lib/db/client";
import { mayInviteAs, type Role } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { OrgContext } from "./access";
import { creatorRoleNow } from "./invitation-authority";
import { INVITATION_LIFETIME_MS } from "./invitation-policy";
import { lockOrganization } from "./members";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Returns the one-time token; only its hash is stored, so the link is shown once. */
export async function createInvitation(ctx: OrgContext, role: Role, now = new Date()) {
  return db().$transaction((tx) => insertInvitation(tx, ctx, role, now));
}

/** createInvitation inside the caller's transaction (an organization import invites the people it cannot match). */
export async function insertInvitation(tx: DbTx, ctx: OrgContext, role: Role, now = new Date()) {
  if (!mayInviteAs(ctx.role, role)) throw forbidden("You may not invite people with this role.");
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const invitation = await tx.invitation.create({
    data: { organizationId: ctx.organization.id, tokenHash: hashToken(token), role, createdById: ctx.user.id, expiresAt },
  });
  await recordAudit(tx, {
    organizationId: ctx.organization.id,
    actorId: ctx.user.id,
    entityType: "invitation",
    entityId: invitation.id,
    action: "invitation.created",
    changes: { role: { before: null, after: role }, expiresAt: { before: null, after: expiresAt.toISOString() } },
  });
  return { token, expiresAt };
}

export async function revokeInvitation(ctx: OrgContext, invitationId: string, now = new Date()) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: ctx.organization.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw notFound("This invitation");
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "invitation",
      entityId: invitationId,
      action: "invitation.revoked",
      changes: { revokedAt: { before: null, after: now.toISOString() } },
    });
  });
}

/** What the invitation page shows before the person accepts. */
export async function describeInvitation(token: string, now = new Date(), tx: DbTx = db()) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      organizationId: true,
      createdById: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      acceptedById: true,
      revokedAt: true,
      organization: { select: { name: true, slug: true } },
    },
  });
  if (!invitation) return { status: "invalid" as const };
  // Who used it, so the page can send that person (and only them) on to the organization.
  if (invitation.acceptedAt)
    return { status: "used" as const, acceptedById: invitation.acceptedById, organization: invitation.organization };
  if (invitation.revokedAt) return { status: "revoked" as const };
  if (invitation.expiresAt <= now) return { status: "expired" as const };
  // Revoked on demotion or removal already; this also covers a creator who lost the right some other way.
  if (!mayInviteAs(await creatorRoleNow(tx, invitation), invitation.role)) return { status: "revoked" as const };
  return {
    status: "valid" as const,
    id: invitation.id,
    organizationId: invitation.organizationId,
    role: invitation.role,
    organization: invitation.organization,
  };
}

const UNUSABLE: Record<string, string> = {
  invalid: "This invitation link is not valid. Ask for a new one.",
  used: "This invitation has already been used. Ask for a new one.",
  revoked: "This invitation was withdrawn. Ask for a new one.",
  expired: "This invitation has expired. Ask for a new one.",
};

/**
 * Single use even under a race: the conditional update lets exactly one acceptance through.
 * The organization row is locked first, as role changes and removals do, so the creator's
 * authority checked here cannot be withdrawn before the membership is created. Runs in the
 * caller's transaction: accepting as a signed-in user, or signing up from the invitation
 * (lib/accounts/create-account.ts), where the new account joins this organization only.
 */
export async function joinWithInvitation(tx: DbTx, user: Pick<CurrentUser, "id" | "email">, token: string, now = new Date()) {
  const known = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { organizationId: true } });
  if (known) await lockOrganization(tx, known.organizationId);
  const state = await describeInvitation(token, now, tx);
  if (state.status !== "valid") throw unusableInvitation(state.status);
  const invitation = state;
  const existing = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
  });
  if (existing) throw new AppError("conflict", `You are already a member of ${state.organization.name}.`);
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: user.id },
  });
  if (count === 0) throw new AppError("conflict", UNUSABLE.used!);
  const membership = await tx.membership.create({
    data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role },
  });
  await recordAudit(tx, {
    organizationId: invitation.organizationId,
    actorId: user.id,
    entityType: "membership",
    entityId: membership.id,
    action: "member.joined",
    changes: { role: { before: null, after: invitation.role }, user: { before: null, after: user.email } },
  });
  return { id: invitation.organizationId, ...state.organization };
}

export function unusableInvitation(status: string): AppError {
  return new AppError("conflict", UNUSABLE[status] ?? UNUSABLE.invalid!);
}

export async function acceptInvitation(user: CurrentUser, token: string, now = new Date()) {
  return db().$transaction((tx) => joinWithInvitation(tx, user, token, now));
}
