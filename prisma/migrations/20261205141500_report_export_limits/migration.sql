-- Issue #13: report exports are bounded per organization and a snapshot's report is
-- rendered once.
--
-- 1. report_export_windows counts the renders each organization starts per minute, in
--    Postgres so the limit holds across app instances; windows older than an hour are
--    deleted as new ones are counted.
-- 2. report_pdfs keeps the rendered PDF of a snapshot report, keyed by a digest of
--    everything it is rendered from (the snapshot, the previous one, branding, "prepared
--    by", the renderer's version): snapshots are immutable, so a repeat download is a read.

CREATE TABLE "report_export_windows" (
    "organization_id" TEXT NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "report_export_windows_pkey" PRIMARY KEY ("organization_id","window_start")
);

CREATE TABLE "report_pdfs" (
    "organization_id" TEXT NOT NULL,
    "snapshot_id" TEXT NOT NULL,
    "input_digest" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_pdfs_pkey" PRIMARY KEY ("organization_id","snapshot_id","input_digest")
);

CREATE INDEX "report_pdfs_snapshot_id_idx" ON "report_pdfs"("snapshot_id");

ALTER TABLE "report_export_windows" ADD CONSTRAINT "report_export_windows_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "report_pdfs" ADD CONSTRAINT "report_pdfs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "report_pdfs" ADD CONSTRAINT "report_pdfs_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
