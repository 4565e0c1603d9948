-- Issue #14: snapshots are numbered per project ("Revision 3 · 12:27:41"), so two submitted
-- in the same minute can be told apart wherever snapshots are listed.
--
-- Existing rows are numbered by creation order within their project (the id breaks ties
-- between rows created at the same instant); new ones get the next number inside the
-- transaction that creates them (lib/assessments/snapshots.ts), which holds the project's
-- assessment row lock. The unique index makes a duplicate impossible all the same.

ALTER TABLE "snapshots" ADD COLUMN "number" INTEGER;

UPDATE "snapshots" AS s
   SET "number" = numbered.n
  FROM (SELECT "id", row_number() OVER (PARTITION BY "project_id" ORDER BY "created_at", "id") AS n FROM "snapshots") AS numbered
 WHERE s."id" = numbered."id";

ALTER TABLE "snapshots" ALTER COLUMN "number" SET NOT NULL;

CREATE UNIQUE INDEX "snapshots_organization_id_project_id_number_key" ON "snapshots"("organization_id", "project_id", "number");
