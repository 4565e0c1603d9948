import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";
import type { ReportInput } from "@/lib/reports/render-report";

/**
 * Bump when the renderer's output changes (layout, wording, fonts): stored PDFs of an older
 * renderer are then never served again.
 */
export const REPORT_RENDERER_VERSION = 4;

/**
 * Everything a snapshot's report is rendered from, as one digest: the snapshot and the
 * one before it, the branding (a changed name, colour, logo, paper or date format is a
 * different report: all are in `input.organization`),
 * "prepared by", the remediation plan as read today (a changed item, or a new day that
 * makes an item overdue, is a different report) and the renderer's version. The renderer is deterministic (same input,
 * same bytes), so an equal digest means an equal PDF.
 */
export function reportDigest(input: ReportInput): string {
  const logo = input.organization.logo;
  const keyed = {
    renderer: REPORT_RENDERER_VERSION,
    ...input,
    organization: {
      ...input.organization,
      logo: logo ? { mimeType: logo.mimeType, sha256: createHash("sha256").update(logo.data).digest("hex") } : null,
    },
  };
  return createHash("sha256").update(JSON.stringify(keyed)).digest("hex");
}

export async function cachedReport(ctx: OrgContext, snapshotId: string, digest: string): Promise<Buffer | null> {
  const row = await db().reportPdf.findUnique({
    where: { organizationId_snapshotId_inputDigest: { organizationId: ctx.organization.id, snapshotId, inputDigest: digest } },
    select: { pdf: true },
  });
  return row ? Buffer.from(row.pdf) : null;
}

/**
 * Keeps the snapshot's report for the next download, in place of any other variant of it
 * (older branding or renderer): one stored PDF per snapshot bounds the table's size.
 */
export async function storeReport(ctx: OrgContext, snapshotId: string, digest: string, pdf: Buffer): Promise<void> {
  const organizationId = ctx.organization.id;
  await db().$transaction([
    db().reportPdf.deleteMany({ where: { organizationId, snapshotId, inputDigest: { not: digest } } }),
    db().reportPdf.upsert({
      where: { organizationId_snapshotId_inputDigest: { organizationId, snapshotId, inputDigest: digest } },
      create: { organizationId, snapshotId, inputDigest: digest, pdf: new Uint8Array(pdf) },
      update: {},
    }),
  ]);
}
