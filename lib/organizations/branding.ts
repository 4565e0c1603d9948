import "server-only";
import { db } from "@/lib/db/client";
import type { AuditChanges } from "@/lib/audit/changes";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PaperSize } from "@/lib/reports/paper";
import type { DateFormat } from "@/lib/utils/format-date";
import { assertCan, type OrgContext } from "./access";
import { normalizeLogo } from "./normalize-logo";

export function getBranding(ctx: OrgContext) {
  return db().organization.findUniqueOrThrow({
    where: { id: ctx.organization.id },
    select: { name: true, accentColor: true, paperSize: true, dateFormat: true, logoMimeType: true, logo: true },
  });
}

export interface BrandingInput {
  name: string;
  accentColor: string;
  paperSize: PaperSize;
  /** Left as it is when absent. */
  dateFormat?: DateFormat;
}

export async function updateBranding(ctx: OrgContext, input: BrandingInput) {
  assertCan(ctx, "organization:update");
  await db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: ctx.organization.id },
      select: { name: true, accentColor: true, paperSize: true, dateFormat: true },
    });
    const changes: AuditChanges = {};
    if (before.name !== input.name) changes.name = { before: before.name, after: input.name };
    if (before.accentColor !== input.accentColor) changes.accentColor = { before: before.accentColor, after: input.accentColor };
    if (before.paperSize !== input.paperSize) changes.paperSize = { before: before.paperSize, after: input.paperSize };
    if (input.dateFormat !== undefined && before.dateFormat !== input.dateFormat)
      changes.dateFormat = { before: before.dateFormat, after: input.dateFormat };
    if (Object.keys(changes).length === 0) return;
    await tx.organization.update({ where: { id: ctx.organization.id }, data: input });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "organization",
      entityId: ctx.organization.id,
      action: "organization.updated",
      changes,
    });
  });
}

/**
 * Stores the logo only if its content is a PNG or JPEG within the byte and pixel limits,
 * shrunk and re-encoded (normalizeLogo); otherwise nothing changes.
 */
export async function setLogo(ctx: OrgContext, bytes: Uint8Array) {
  const logo = await normalizeLogo(bytes);
  await db().$transaction(async (tx) => {
    await tx.organization.update({
      where: { id: ctx.organization.id },
      data: { logo: new Uint8Array(logo.data), logoMimeType: logo.mimeType },
    });
    const after = `${logo.mimeType}, ${logo.width} × ${logo.height} pixels, ${logo.data.length} bytes`;
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "organization",
      entityId: ctx.organization.id,
      action: "organization.logo_set",
      changes: { logo: { before: null, after } },
    });
  });
}

export async function removeLogo(ctx: OrgContext) {
  await db().$transaction(async (tx) => {
    await tx.organization.update({ where: { id: ctx.organization.id }, data: { logo: null, logoMimeType: null } });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "organization",
      entityId: ctx.organization.id,
      action: "organization.logo_removed",
      changes: { logo: { before: "set", after: null } },
    });
  });
}
