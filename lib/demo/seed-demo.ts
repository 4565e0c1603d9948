import "server-only";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { createOrganization } from "@/lib/organizations/create-organization";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { DEMO_PROJECTS, DEMO_PROJECTS_GLOBEX } from "./demo-projects";
import { seedProjects } from "./seed-projects";

/**
 * Seeds the demo organizations, their members and their projects with weeks of history. Idempotent: does nothing when the demo
 * owner already exists. Returns whether it seeded.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await db.user.findUnique({ where: { email: DEMO_USERS[0].email } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const ids: Record<string, string> = {};
      for (const user of DEMO_USERS) {
        ids[user.key] = (await tx.user.create({ data: { name: user.name, email: user.email, passwordHash } })).id;
      }
      const projectSets = [DEMO_PROJECTS, DEMO_PROJECTS_GLOBEX];
      for (const [index, org] of DEMO_ORGANIZATIONS.entries()) {
        const roles = Object.entries(org.roles) as [keyof typeof org.roles, Role][];
        const creator = roles.find(([, role]) => role === "owner")![0];
        const organization = await createOrganization(tx, ids[creator]!, org.name);
        for (const [userKey, role] of roles) {
          if (userKey === creator) continue;
          await tx.membership.create({ data: { organizationId: organization.id, userId: ids[userKey]!, role } });
        }
        // In the second organization the viewer is no member: their projects go to the editor there.
        const people = { owner: ids.owner!, editor: ids.editor!, viewer: "viewer" in org.roles ? ids.viewer! : ids.editor! };
        await seedProjects(tx, organization.id, people, projectSets[index] ?? []);
      }
    },
    { timeout: 60_000 },
  );
  return true;
}
