import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { can, type Action, type Role } from "@/lib/auth/roles";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { AppError, notFound } from "@/lib/errors";
import { isSlugShaped } from "./slug";

export interface OrgContext {
  user: CurrentUser;
  organization: { id: string; slug: string; name: string };
  role: Role;
}

/**
 * Membership of the signed-in user in the organization with this slug. Not being a member
 * reads exactly like the organization not existing: outsiders learn nothing.
 */
const loadMembership = cache(async (userId: string, slug: string) => {
  return db().membership.findFirst({
    where: { userId, organization: { slug } },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
  });
});

/** Every page, action and route handler of an organization starts here, and fails closed. */
export async function requireOrgAccess(slug: string, action: Action): Promise<OrgContext> {
  return resolveOrgAccess(await requireUser(), slug, action);
}

/** The membership half of the guard, for a user whose session is already established. */
export async function resolveOrgAccess(user: CurrentUser, slug: string, action: Action): Promise<OrgContext> {
  if (!isSlugShaped(slug)) throw notFound("This organization");
  const membership = await loadMembership(user.id, slug);
  if (!membership) throw notFound("This organization");
  if (!can(membership.role, action)) throw new AppError("forbidden", "Your role in this organization does not allow this.");
  return { user, organization: membership.organization, role: membership.role };
}

/** The where-clause every organization-owned row is loaded with: id alone is never enough. */
export function inOrg<T extends Record<string, unknown>>(ctx: Pick<OrgContext, "organization">, where: T): T & { organizationId: string } {
  return { ...where, organizationId: ctx.organization.id };
}
