/**
 * Issue #14: one date format everywhere, the organization's. Only an owner changes it, the
 * change is audited like the rest of the branding, and what the pages and the report are
 * built from carries it.
 */
import { describe, expect, it } from "vitest";
import { reportDigest } from "@/lib/assessments/report-cache";
import { loadReportInput } from "@/lib/assessments/report-input";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { getBranding, updateBranding } from "@/lib/organizations/branding";
import { createProject } from "@/lib/projects/mutations";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const branding = (name: string) => ({ name, accentColor: "#1d4ed8", paperSize: "A4" as const });

describe("organization date format", () => {
  it("starts as day month year, and an owner's change is stored with an audit event naming it", async () => {
    const owner = await makeOwner();
    expect(owner.organization.dateFormat).toBe("day_month_year");
    expect((await getBranding(owner)).dateFormat).toBe("day_month_year");
    await updateBranding(owner, { ...branding(owner.organization.name), dateFormat: "iso" });
    expect((await getBranding(owner)).dateFormat).toBe("iso");
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { organizationId: owner.organization.id, action: "organization.updated" },
    });
    expect(event).toMatchObject({ actorId: owner.user.id, entityType: "organization", entityId: owner.organization.id });
    expect(event.changes).toEqual({ dateFormat: { before: "day_month_year", after: "iso" } });
  });

  it("refuses editors and viewers, changing and auditing nothing", async () => {
    const owner = await makeOwner();
    for (const role of ["editor", "viewer"] as const) {
      const member = await addMember(owner, role);
      await expect(updateBranding(member, { ...branding(owner.organization.name), dateFormat: "month_day_year" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    expect((await getBranding(owner)).dateFormat).toBe("day_month_year");
    expect(await testDb().auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.updated" } })).toBe(0);
  });

  it("leaves the format as it is when a branding change does not name it", async () => {
    const owner = await makeOwner();
    await updateBranding(owner, { ...branding(owner.organization.name), dateFormat: "numeric_dmy" });
    await updateBranding(owner, branding("Renamed Org"));
    expect(await getBranding(owner)).toMatchObject({ name: "Renamed Org", dateFormat: "numeric_dmy" });
  });

  it("reaches every member's page context and the report's input, so a change renders a new report", async () => {
    const owner = await makeOwner();
    const viewer = await addMember(owner, "viewer");
    const project = await createProject(owner, { name: "Dated", description: "", systems: ["crm"], ownerId: null });
    const now = new Date("2026-12-05T14:27:00Z");
    const before = await loadReportInput(viewer, project.id, "draft", "Dana", now);
    expect(before.organization.dateFormat).toBe("day_month_year");

    await updateBranding(owner, { ...branding(owner.organization.name), dateFormat: "month_day_year" });
    const again = await resolveOrgAccess(viewer.user, owner.organization.slug, "projects:read");
    expect(again.organization.dateFormat).toBe("month_day_year");
    const after = await loadReportInput(again, project.id, "draft", "Dana", now);
    expect(after.organization.dateFormat).toBe("month_day_year");
    expect(reportDigest(after)).not.toBe(reportDigest(before));
  });
});
