import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/accounts/create-account";
import type { Role } from "@/lib/auth/roles";
import { resolveOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { testDb } from "./database";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.test`;
}

/** A user with their own organization, as sign-up makes them; returns the owner's context. */
export async function makeOwner(name = "Owner"): Promise<OrgContext> {
  const { user, organization } = await createAccount(testDb(), {
    name,
    email: uniqueEmail("owner"),
    password: "a long enough password",
    organizationName: `${name} Org ${randomBytes(3).toString("hex")}`,
  });
  return resolveOrgAccess({ id: user.id, email: user.email, name: user.name }, organization.slug, "organization:read");
}

/** Adds a new user to `owner`'s organization with `role`; returns that member's context. */
export async function addMember(owner: OrgContext, role: Role, name = `A ${role}`): Promise<OrgContext> {
  const db = testDb();
  const user = await db.user.create({ data: { name, email: uniqueEmail(role), passwordHash: "not-used" } });
  await db.membership.create({ data: { organizationId: owner.organization.id, userId: user.id, role } });
  return resolveOrgAccess({ id: user.id, email: user.email, name: user.name }, owner.organization.slug, "organization:read");
}

/** Makes the users colleagues: members (viewers) of one new organization together. */
export async function shareAnOrganization(userIds: string[]): Promise<void> {
  const team = await testDb().organization.create({ data: { name: "Team", slug: `team-${randomBytes(4).toString("hex")}` } });
  await testDb().membership.createMany({ data: userIds.map((userId) => ({ organizationId: team.id, userId, role: "viewer" as const })) });
}
