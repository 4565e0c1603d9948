-- The portfolio's headline figures without reading every project on every page view.
--
-- Each active project contributes to a few counters of its organization: `active`, its
-- draft's verdict (`draft:blocked`), each of its draft's blocker rules (`rule:NO_ROLLBACK`),
-- the ruleset that judged its draft (`ruleset:2.0.0`), its last snapshot's verdict
-- (`snap:ready`) and index (`snap-index`, in hundredths, with `snap-index-n`). Triggers
-- append the change of a row's contribution to a ledger; nothing is ever updated in
-- place, so saves never wait on a counter row (and cannot deadlock on one). A reader sums
-- an organization's rows, and folds them into one row per key now and then.
--
-- An assessment carries whether its project is active (`project_active`), kept by the
-- projects trigger, so an assessment's contribution is known from its own row alone, even
-- while a project and its draft are deleted together.

ALTER TABLE "assessments" ADD COLUMN "project_active" BOOLEAN NOT NULL DEFAULT true;
UPDATE "assessments" a SET "project_active" = (p."archived_at" IS NULL) FROM "projects" p WHERE p."id" = a."project_id";

CREATE TABLE "portfolio_tally" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "portfolio_tally_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "portfolio_tally_organization_id_idx" ON "portfolio_tally"("organization_id");

-- PL/pgSQL, not SQL: PostgreSQL 17 inlines a SQL set-returning function taking a whole row
-- and then fails to plan it ("variable not found in subplan target list").
CREATE FUNCTION "preflight_assessment_tally"(a "assessments", sign INTEGER) RETURNS TABLE ("key" TEXT, "amount" BIGINT)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF a IS NULL OR NOT a."project_active" THEN RETURN; END IF;
  RETURN QUERY
    SELECT k, sign::bigint FROM (
      SELECT 'draft:' || a."verdict"::text AS k
      UNION ALL SELECT 'ruleset:' || a."evaluated_with"
      UNION ALL SELECT 'rule:' || r FROM unnest(a."blocker_rules") AS r
    ) keys;
END $$;

CREATE FUNCTION "preflight_project_tally"(p "projects", sign INTEGER) RETURNS TABLE ("key" TEXT, "amount" BIGINT)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF p IS NULL OR p."archived_at" IS NOT NULL THEN RETURN; END IF;
  RETURN QUERY SELECT 'active', sign::bigint;
  IF p."last_snapshot_verdict" IS NOT NULL THEN
    RETURN QUERY SELECT 'snap:' || p."last_snapshot_verdict", sign::bigint;
    IF p."last_snapshot_index" IS NOT NULL THEN
      RETURN QUERY SELECT 'snap-index', round(p."last_snapshot_index" * 100)::bigint * sign;
      RETURN QUERY SELECT 'snap-index-n', sign::bigint;
    END IF;
  END IF;
END $$;

CREATE FUNCTION "preflight_assessments_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "portfolio_tally" ("organization_id", "key", "amount")
  SELECT COALESCE(NEW."organization_id", OLD."organization_id"), d."key", sum(d."amount")
    FROM (SELECT * FROM "preflight_assessment_tally"(NEW, 1) WHERE TG_OP <> 'DELETE'
          UNION ALL SELECT * FROM "preflight_assessment_tally"(OLD, -1) WHERE TG_OP <> 'INSERT') d
   WHERE EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = COALESCE(NEW."organization_id", OLD."organization_id"))
   GROUP BY d."key" HAVING sum(d."amount") <> 0;
  RETURN NULL;
END $$;

CREATE FUNCTION "preflight_projects_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "portfolio_tally" ("organization_id", "key", "amount")
  SELECT COALESCE(NEW."organization_id", OLD."organization_id"), d."key", sum(d."amount")
    FROM (SELECT * FROM "preflight_project_tally"(NEW, 1) WHERE TG_OP <> 'DELETE'
          UNION ALL SELECT * FROM "preflight_project_tally"(OLD, -1) WHERE TG_OP <> 'INSERT') d
   WHERE EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = COALESCE(NEW."organization_id", OLD."organization_id"))
   GROUP BY d."key" HAVING sum(d."amount") <> 0;
  IF TG_OP = 'UPDATE' AND OLD."archived_at" IS DISTINCT FROM NEW."archived_at" THEN
    UPDATE "assessments" SET "project_active" = (NEW."archived_at" IS NULL) WHERE "project_id" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

-- A new draft starts with its project's state (a draft of an archived project, in an import).
CREATE FUNCTION "preflight_assessment_project_active"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."project_active" := COALESCE((SELECT p."archived_at" IS NULL FROM "projects" p WHERE p."id" = NEW."project_id"), true);
  RETURN NEW;
END $$;

CREATE TRIGGER "assessments_project_active" BEFORE INSERT ON "assessments"
  FOR EACH ROW EXECUTE FUNCTION "preflight_assessment_project_active"();

CREATE TRIGGER "assessments_tally_changed" AFTER UPDATE ON "assessments"
  FOR EACH ROW WHEN (OLD."verdict" IS DISTINCT FROM NEW."verdict" OR OLD."blocker_rules" IS DISTINCT FROM NEW."blocker_rules"
    OR OLD."evaluated_with" IS DISTINCT FROM NEW."evaluated_with" OR OLD."project_active" IS DISTINCT FROM NEW."project_active"
    OR OLD."organization_id" IS DISTINCT FROM NEW."organization_id")
  EXECUTE FUNCTION "preflight_assessments_tally"();
CREATE TRIGGER "assessments_tally_inserted_or_deleted" AFTER INSERT OR DELETE ON "assessments"
  FOR EACH ROW EXECUTE FUNCTION "preflight_assessments_tally"();

CREATE TRIGGER "projects_tally_changed" AFTER UPDATE ON "projects"
  FOR EACH ROW WHEN (OLD."archived_at" IS DISTINCT FROM NEW."archived_at" OR OLD."last_snapshot_verdict" IS DISTINCT FROM NEW."last_snapshot_verdict"
    OR OLD."last_snapshot_index" IS DISTINCT FROM NEW."last_snapshot_index" OR OLD."organization_id" IS DISTINCT FROM NEW."organization_id")
  EXECUTE FUNCTION "preflight_projects_tally"();
CREATE TRIGGER "projects_tally_inserted_or_deleted" AFTER INSERT OR DELETE ON "projects"
  FOR EACH ROW EXECUTE FUNCTION "preflight_projects_tally"();

-- An organization's ledger goes with it. No foreign key: its projects' triggers run while it
-- is being deleted, and write nothing once it is gone (the EXISTS above).
CREATE FUNCTION "preflight_organization_tally_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "portfolio_tally" WHERE "organization_id" = OLD."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "organizations_tally_deleted" AFTER DELETE ON "organizations"
  FOR EACH ROW EXECUTE FUNCTION "preflight_organization_tally_deleted"();

INSERT INTO "portfolio_tally" ("organization_id", "key", "amount")
SELECT t."organization_id", t."key", sum(t."amount") FROM (
  SELECT a."organization_id", x.* FROM "assessments" a, LATERAL "preflight_assessment_tally"(a, 1) x
  UNION ALL
  SELECT p."organization_id", x.* FROM "projects" p, LATERAL "preflight_project_tally"(p, 1) x
) t GROUP BY t."organization_id", t."key" HAVING sum(t."amount") <> 0;

-- The portfolio table's order and count over 10,000 drafts, read from the index alone.
CREATE INDEX "assessments_portfolio_idx" ON "assessments"("organization_id", "project_id", "verdict", "blocker_count", "readiness_index", "warning_count", "updated_at");
-- Drafts judged by an older ruleset, found without reading the others.
CREATE INDEX "assessments_organization_id_evaluated_with_idx" ON "assessments"("organization_id", "evaluated_with");
