import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_USERS } from "@/lib/demo/demo-accounts";
import { loadPortfolioPage } from "@/lib/dashboard/portfolio-page";
import { parseTableQuery } from "@/lib/dashboard/table-query";
import { exportOrganization } from "@/lib/org-archive/export-organization";
import { importOrganization } from "@/lib/org-archive/import-organization";
import { resolveOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { testDb } from "./support/database";
import { makeOwner, shareAnOrganization } from "./support/factories";

/** The portfolio page without row ids: what a person sees. */
async function dashboard(ctx: OrgContext) {
  const { rows, ...page } = await loadPortfolioPage(ctx, parseTableQuery({}));
  return { ...page, rows: rows.map(({ id: _id, ...row }) => row) };
}

describe("the demo organization's archive", () => {
  it("imports with the same portfolio: weeks of snapshots, plans, archived projects", async () => {
    await seedDemo(testDb());
    const demo = await testDb().user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } });
    const organization = await testDb().organization.findFirstOrThrow({
      where: { memberships: { some: { userId: demo.id, role: "owner" } } },
      orderBy: { createdAt: "asc" },
    });
    const owner = await resolveOrgAccess(demo, organization.slug, "organization:read");
    const { bytes } = await exportOrganization(owner, "demo.example");
    const importer = await makeOwner("Importer");
    // The demo's people are the importer's colleagues here, so they join rather than being invited.
    const members = await testDb().membership.findMany({ where: { organizationId: organization.id }, select: { userId: true } });
    await shareAnOrganization([importer.user.id, ...members.map((m) => m.userId)]);
    const result = await importOrganization(importer.user, bytes);
    expect(result.unresolved).toEqual([]);
    const imported = await resolveOrgAccess(importer.user, result.organization.slug, "organization:read");
    expect(await dashboard(imported)).toEqual(await dashboard(owner));
  });
});
