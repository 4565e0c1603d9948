import "server-only";
import { db } from "@/lib/db/client";
import type { OrgContext } from "./access";

export function listMyOrganizations(userId: string) {
  return db().membership.findMany({
    where: { userId },
    orderBy: { organization: { name: "asc" } },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
  });
}

export function listMembers(ctx: OrgContext) {
  return db().membership.findMany({
    where: { organizationId: ctx.organization.id },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export function listPendingInvitations(ctx: OrgContext, now = new Date()) {
  return db().invitation.findMany({
    where: { organizationId: ctx.organization.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
}
