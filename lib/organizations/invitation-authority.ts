import "server-only";
import { mayInviteAs, ROLES, type Role } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DbTx } from "@/lib/db/client";

/**
 * An invitation speaks with its creator's authority, so it must not outlive it: when a
 * member is removed (`role` null) or demoted, the open invitations they created with a
 * role they may no longer grant are revoked, each with its audit event, in the caller's
 * transaction.
 */
export async function revokeInvitationsBeyondAuthority(
  tx: DbTx,
  input: { organizationId: string; creatorId: string; role: Role | null; actorId: string; now: Date },
) {
  const beyond = ROLES.filter((role) => !mayInviteAs(input.role, role));
  if (beyond.length === 0) return;
  const open = await tx.invitation.findMany({
    where: { organizationId: input.organizationId, createdById: input.creatorId, role: { in: beyond }, acceptedAt: null, revokedAt: null },
    select: { id: true, role: true },
  });
  if (open.length === 0) return;
  await tx.invitation.updateMany({ where: { id: { in: open.map((i) => i.id) } }, data: { revokedAt: input.now } });
  for (const invitation of open) {
    await recordAudit(tx, {
      organizationId: input.organizationId,
      actorId: input.actorId,
      entityType: "invitation",
      entityId: invitation.id,
      action: "invitation.revoked",
      changes: {
        revokedAt: { before: null, after: input.now.toISOString() },
        reason: { before: null, after: input.role ? `its creator became ${input.role}` : "its creator left the organization" },
      },
    });
  }
}

/** The role the invitation's creator holds in its organization now (null when they left). */
export async function creatorRoleNow(tx: DbTx, invitation: { organizationId: string; createdById: string }): Promise<Role | null> {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: invitation.organizationId, userId: invitation.createdById } },
    select: { role: true },
  });
  return membership?.role ?? null;
}
