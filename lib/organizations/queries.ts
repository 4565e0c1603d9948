import "server-only";
import { db, sql } from "@/lib/db/client";
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

/** Where "/" sends someone: the organization they used last, else the first by name; null when they have none. */
export async function landingOrganization(userId: string): Promise<{ slug: string } | null> {
  const membership = await db().membership.findFirst({
    where: { userId },
    orderBy: [{ lastUsedAt: { sort: "desc", nulls: "last" } }, { organization: { name: "asc" } }],
    select: { organization: { select: { slug: true } } },
  });
  return membership?.organization ?? null;
}

/**
 * Notes that the member opened the organization's pages, for landingOrganization. Every page
 * view calls it, but it writes only when another of their organizations was used more recently
 * (or this one never was): moving around one organization costs no write. UTC, as Prisma writes it.
 */
export async function noteOrganizationUse(ctx: OrgContext): Promise<void> {
  await sql(
    "membership-last-used",
    `UPDATE memberships m SET last_used_at = now() AT TIME ZONE 'UTC'
      WHERE m.user_id = $1 AND m.organization_id = $2
        AND (m.last_used_at IS NULL
             OR EXISTS (SELECT 1 FROM memberships other
                         WHERE other.user_id = $1 AND other.id <> m.id AND other.last_used_at >= m.last_used_at))`,
    [ctx.user.id, ctx.organization.id],
  );
}
