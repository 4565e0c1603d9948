import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";

/** Renders one organization may start per minute, across every app instance. */
export const EXPORTS_PER_MINUTE = 20;

/**
 * Counts a report render against the organization's per-minute budget (issue #13), in
 * Postgres so the limit holds however many instances serve it. Over the budget: 429 with
 * the seconds until the next minute. A download served from the cache is not counted.
 */
export async function countReportExport(ctx: OrgContext, now = new Date()): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const organizationId = ctx.organization.id;
  const [, rows] = await db().$transaction([
    db().reportExportWindow.deleteMany({ where: { organizationId, windowStart: { lt: new Date(windowStart.getTime() - 3_600_000) } } }),
    db().$queryRaw<{ count: number }[]>`
      INSERT INTO report_export_windows (organization_id, window_start, count) VALUES (${organizationId}, ${windowStart}, 1)
      ON CONFLICT (organization_id, window_start) DO UPDATE SET count = report_export_windows.count + 1
      RETURNING count`,
  ]);
  const count = rows[0]?.count ?? 0;
  if (count > EXPORTS_PER_MINUTE) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000);
    throw new AppError(
      "rate_limited",
      `Your organization has started ${EXPORTS_PER_MINUTE} report exports this minute, the most allowed. Try again in ${retryAfterSeconds} s.`,
      {},
      {},
      retryAfterSeconds,
    );
  }
}
