-- The portfolio's readiness trend without recomputing history on every page view.
--
-- 1. Each project keeps its latest snapshot's verdict and index on its own row, so the
--    trend's "now" point comes with the query that lists the projects.
-- 2. Completed weeks (ending Monday 00:00 UTC) are history: they are computed once, when
--    first shown, and stored with the organization's trend generation. Whatever changes
--    which snapshots or projects a past week counts (archiving or restoring a project, a
--    snapshot dated before the current week) starts a new generation, and stored weeks of
--    an older generation are ignored and recomputed.
-- Triggers keep both true whichever code path writes, seeds included.

ALTER TABLE "projects" ADD COLUMN "last_snapshot_at" TIMESTAMP(3),
ADD COLUMN "last_snapshot_verdict" TEXT,
ADD COLUMN "last_snapshot_index" DOUBLE PRECISION;

ALTER TABLE "organizations" ADD COLUMN "trend_generation" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "portfolio_trend_weeks" (
    "organization_id" TEXT NOT NULL,
    "week_end" TIMESTAMP(3) NOT NULL,
    "generation" INTEGER NOT NULL,
    "ready" INTEGER NOT NULL,
    "incomplete" INTEGER NOT NULL,
    "blocked" INTEGER NOT NULL,
    "readiness_index" DOUBLE PRECISION,

    CONSTRAINT "portfolio_trend_weeks_pkey" PRIMARY KEY ("organization_id","week_end")
);

ALTER TABLE "portfolio_trend_weeks" ADD CONSTRAINT "portfolio_trend_weeks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE "projects" p
   SET "last_snapshot_at" = l."created_at", "last_snapshot_verdict" = l."verdict", "last_snapshot_index" = l."readiness_index"
  FROM (SELECT DISTINCT ON ("project_id") "project_id", "created_at", "verdict", "readiness_index"
          FROM "snapshots" ORDER BY "project_id", "created_at" DESC, "id" DESC) l
 WHERE l."project_id" = p."id";

CREATE FUNCTION "preflight_snapshots_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "projects" p
     SET "last_snapshot_at" = l."created_at", "last_snapshot_verdict" = l."verdict", "last_snapshot_index" = l."readiness_index"
    FROM (SELECT DISTINCT ON ("project_id") "project_id", "created_at", "verdict", "readiness_index"
            FROM inserted ORDER BY "project_id", "created_at" DESC, "id" DESC) l
   WHERE p."id" = l."project_id" AND (p."last_snapshot_at" IS NULL OR p."last_snapshot_at" <= l."created_at");
  UPDATE "organizations" SET "trend_generation" = "trend_generation" + 1
   WHERE "id" IN (SELECT "organization_id" FROM inserted
                   WHERE "created_at" < date_trunc('week', now() AT TIME ZONE 'UTC'));
  RETURN NULL;
END $$;

CREATE TRIGGER "snapshots_inserted" AFTER INSERT ON "snapshots"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "preflight_snapshots_inserted"();

CREATE FUNCTION "preflight_project_archive_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "organizations" SET "trend_generation" = "trend_generation" + 1 WHERE "id" = NEW."organization_id";
  RETURN NULL;
END $$;

CREATE TRIGGER "projects_archive_changed" AFTER UPDATE OF "archived_at" ON "projects"
  FOR EACH ROW WHEN (OLD."archived_at" IS DISTINCT FROM NEW."archived_at")
  EXECUTE FUNCTION "preflight_project_archive_changed"();
