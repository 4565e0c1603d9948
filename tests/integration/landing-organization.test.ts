import { describe, expect, it } from "vitest";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { landingOrganization, noteOrganizationUse } from "@/lib/organizations/queries";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

describe("the organization someone lands on", () => {
  it("is the one they used last, else the first by name; staying in one organization writes nothing", async () => {
    const zulu = await makeOwner("Zulu");
    const alpha = await makeOwner("Alpha");
    await testDb().membership.create({ data: { organizationId: alpha.organization.id, userId: zulu.user.id, role: "editor" } });
    const inAlpha = await resolveOrgAccess(zulu.user, alpha.organization.slug, "organization:read");
    const lastUsed = async (organizationId: string) =>
      (await testDb().membership.findFirstOrThrow({ where: { userId: zulu.user.id, organizationId } })).lastUsedAt;

    expect(await landingOrganization(zulu.user.id)).toEqual({ slug: alpha.organization.slug });

    await noteOrganizationUse(zulu);
    expect(await landingOrganization(zulu.user.id)).toEqual({ slug: zulu.organization.slug });

    await noteOrganizationUse(inAlpha);
    expect(await landingOrganization(zulu.user.id)).toEqual({ slug: alpha.organization.slug });
    const first = await lastUsed(alpha.organization.id);
    await noteOrganizationUse(inAlpha);
    expect(await lastUsed(alpha.organization.id)).toEqual(first);

    await noteOrganizationUse(zulu);
    expect(await landingOrganization(zulu.user.id)).toEqual({ slug: zulu.organization.slug });
    // Within the same millisecond the two could tie; the later one is never older.
    expect((await lastUsed(zulu.organization.id))!.getTime()).toBeGreaterThanOrEqual(first!.getTime());
  });

  it("is none for someone without an organization", async () => {
    const user = await testDb().user.create({
      data: { name: "Nobody", email: `nobody-${Date.now()}@example.test`, passwordHash: "not-used" },
    });
    expect(await landingOrganization(user.id)).toBeNull();
  });
});
