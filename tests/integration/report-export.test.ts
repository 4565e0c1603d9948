/**
 * Issue #13: a snapshot's report is rendered once and read back while nothing it is made
 * from changes (a branding change makes a new one), and renders are limited per
 * organization and minute in Postgres.
 */
import { afterAll, describe, expect, it } from "vitest";
import { countReportExport, EXPORTS_PER_MINUTE } from "@/lib/assessments/export-rate";
import { exportReport } from "@/lib/assessments/export-report";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { submitForReview } from "@/lib/assessments/snapshots";
import { AppError, httpStatusOf } from "@/lib/errors";
import { updateBranding } from "@/lib/organizations/branding";
import { createProject } from "@/lib/projects/mutations";
import { renderPool } from "@/lib/reports/render-pool";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

afterAll(async () => renderPool().close());

describe("snapshot report cache", () => {
  it(
    "renders a snapshot's report once, serves the stored PDF after, and renders again when the branding changes",
    { timeout: 120_000 },
    async () => {
      const owner = await makeOwner();
      const project = await createProject(owner, { name: "Cached report", description: "", systems: ["crm"], ownerId: null });
      await saveAssessment(owner, project.id, 0, { answers: { workflow: { name: "Route refunds" } }, scores: {} });
      await submitForReview(owner, project.id, 1);
      const snapshot = await testDb().snapshot.findFirstOrThrow({ where: { projectId: project.id } });

      const first = await exportReport(owner, project.id, snapshot.id, "Dana");
      expect(first.cached).toBe(false);
      const again = await exportReport(owner, project.id, snapshot.id, "Dana");
      expect(again.cached).toBe(true);
      expect(Buffer.compare(again.pdf, first.pdf)).toBe(0);
      // "Prepared by" is printed on the report: another name is another PDF.
      expect((await exportReport(owner, project.id, snapshot.id, "Sam")).cached).toBe(false);

      await updateBranding(owner, { name: "Renamed Consulting", accentColor: "#0f766e", paperSize: "A4" });
      const rebranded = await exportReport(owner, project.id, snapshot.id, "Sam");
      expect(rebranded.cached).toBe(false);
      expect(Buffer.compare(rebranded.pdf, first.pdf)).not.toBe(0);
      // One stored variant per snapshot: the older ones were replaced.
      expect(await testDb().reportPdf.count({ where: { snapshotId: snapshot.id } })).toBe(1);
      // Drafts are never stored: they are dated by the export.
      expect((await exportReport(owner, project.id, "draft", "Sam")).cached).toBe(false);
      expect(await testDb().reportPdf.count({ where: { organizationId: owner.organization.id } })).toBe(1);
    },
  );
});

describe("report export rate limit", () => {
  it("allows EXPORTS_PER_MINUTE renders per organization and minute, then answers 429 with the seconds to wait", async () => {
    const owner = await makeOwner();
    const other = await makeOwner("Other owner");
    const now = new Date("2026-12-05T12:00:40.000Z");
    for (let i = 0; i < EXPORTS_PER_MINUTE; i += 1) await countReportExport(owner, now);
    const refused = await countReportExport(owner, now).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(httpStatusOf(refused as AppError)).toBe(429);
    expect((refused as AppError).retryAfterSeconds).toBe(20);
    expect((refused as AppError).message).toMatch(/report exports this minute/);
    // Another organization has a budget of its own; the next minute starts afresh.
    await countReportExport(other, now);
    await countReportExport(owner, new Date("2026-12-05T12:01:00.000Z"));
  });
});
