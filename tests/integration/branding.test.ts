import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getBranding, removeLogo, setLogo, updateBranding } from "@/lib/organizations/branding";
import { STORED_LOGO_SIDE } from "@/lib/organizations/logo";
import { bombPng, tinyPng } from "../support/images";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

describe("organization branding", () => {
  it("stores a valid logo and colour with audit events, and removes the logo", async () => {
    const owner = await makeOwner();
    await updateBranding(owner, { name: "Acme Consulting", accentColor: "#0f766e", paperSize: "A4" });
    await setLogo(owner, tinyPng());
    const branding = await getBranding(owner);
    expect(branding).toMatchObject({ name: "Acme Consulting", accentColor: "#0f766e", logoMimeType: "image/png" });
    // Re-encoded, not stored as uploaded: the same 4 × 4 image, written by a known encoder.
    expect(await sharp(branding.logo!).metadata()).toMatchObject({ format: "png", width: 4, height: 4 });
    await removeLogo(owner);
    expect((await getBranding(owner)).logo).toBeNull();
    const actions = (await testDb().auditEvent.findMany({ where: { organizationId: owner.organization.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["organization.updated", "organization.logo_set", "organization.logo_removed"]));
  });

  it("prints reports on A4 until the owner chooses US Letter, with an audit event naming the change", async () => {
    const owner = await makeOwner();
    expect((await getBranding(owner)).paperSize).toBe("A4");
    await updateBranding(owner, { name: owner.organization.name, accentColor: "#1d4ed8", paperSize: "LETTER" });
    expect((await getBranding(owner)).paperSize).toBe("LETTER");
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { organizationId: owner.organization.id, action: "organization.updated" },
    });
    expect(event.changes).toMatchObject({ paperSize: { before: "A4", after: "LETTER" } });
  });

  it("refuses a file that is not a PNG or JPEG and stores nothing", async () => {
    const owner = await makeOwner();
    const svg = new TextEncoder().encode('<svg onload="alert(1)"/>');
    await expect(setLogo(owner, svg)).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { logo: [expect.stringContaining("PNG or JPEG")] },
    });
    expect((await getBranding(owner)).logo).toBeNull();
    expect(await testDb().auditEvent.count({ where: { organizationId: owner.organization.id, action: "organization.logo_set" } })).toBe(0);
  });

  it("refuses a decompression bomb by its header and shrinks a large logo to the stored size", async () => {
    const owner = await makeOwner();
    await expect(setLogo(owner, await bombPng(12000, 12000))).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { logo: [expect.stringContaining("at most 2000 × 2000 pixels")] },
    });
    expect((await getBranding(owner)).logo).toBeNull();
    const wide = await sharp({ create: { width: 2000, height: 500, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    await setLogo(owner, new Uint8Array(wide));
    expect(await sharp((await getBranding(owner)).logo!).metadata()).toMatchObject({
      format: "png",
      width: STORED_LOGO_SIDE,
      height: 200,
      hasAlpha: true,
    });
  });
});
