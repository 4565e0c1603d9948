-- Issue #17: the portfolio's default order (blocked first, most blockers first, then the
-- project's name and id as JavaScript's localeCompare orders them) from one index, a page at a
-- time. The order mixed the draft's verdict with the project's name, so every view joined and
-- sorted all 10,000 projects (about 9 ms idle, 20 ms on a busy machine). The draft now carries
-- its project's name as it carries whether the project is active (migration
-- 20261206100000_portfolio_tally): set when the draft is inserted, and on every rename.

ALTER TABLE "assessments" ADD COLUMN "project_name" TEXT NOT NULL DEFAULT '';
UPDATE "assessments" a SET "project_name" = p."name" FROM "projects" p WHERE p."id" = a."project_id";

-- A new draft starts with its project's state and name.
CREATE OR REPLACE FUNCTION "preflight_assessment_project_active"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."archived_at" IS NULL, p."name" INTO NEW."project_active", NEW."project_name" FROM "projects" p WHERE p."id" = NEW."project_id";
  NEW."project_active" := COALESCE(NEW."project_active", true);
  NEW."project_name" := COALESCE(NEW."project_name", '');
  RETURN NEW;
END $$;

CREATE FUNCTION "preflight_project_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "assessments" SET "project_name" = NEW."name" WHERE "project_id" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "projects_renamed" AFTER UPDATE OF "name" ON "projects"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "preflight_project_renamed"();

-- The sort of lib/dashboard/portfolio-page.ts (verdict: the enum's order is blocked, incomplete, ready).
CREATE INDEX "assessments_portfolio_order_idx" ON "assessments"("organization_id", "project_active", "verdict", "blocker_count" DESC,
  "project_name" COLLATE "und-x-icu", "project_id" COLLATE "und-x-icu");
