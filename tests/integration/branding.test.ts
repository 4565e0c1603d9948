import { describe, expect, it } from "vitest";
import { getBranding, removeLogo, setLogo, updateBranding } from "@/lib/organizations/branding";
import { tinyPng } from "../support/images";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

describe("organization branding", () => {
  it("stores a valid logo and colour with audit events, and removes the logo", async () => {
    const owner = await makeOwner();
    await updateBranding(owner, { name: "Acme Consulting", accentColor: "#0f766e" });
    await setLogo(owner, tinyPng());
    const branding = await getBranding(owner);
    expect(branding).toMatchObject({ name: "Acme Consulting", accentColor: "#0f766e", logoMimeType: "image/png" });
    expect(new Uint8Array(branding.logo!)).toEqual(tinyPng());
    await removeLogo(owner);
    expect((await getBranding(owner)).logo).toBeNull();
    const actions = (await testDb().auditEvent.findMany({ where: { organizationId: owner.organization.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["organization.updated", "organization.logo_set", "organization.logo_removed"]));
  });

  it("refuses a file that is not a PNG or JPEG and stores nothing", async () => {
    const owner = await makeOwner();
    const svg = new TextEncoder().encode('<svg onload="alert(1)"/>');
    await expect(setLogo(owner, svg)).rejects.toMatchObject({ code: "validation", fieldErrors: { logo: [expect.stringContaining("PNG or JPEG")] } });
    expect((await getBranding(owner)).logo).toBeNull();
    expect(await testDb().auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.logo_set" } })).toBe(0);
  });
});
