-- Issue #15: a verdict is one of three words, and the database now says so. The text columns
-- that held it become the enum "verdict", in place: USING casts every stored value, and a
-- value outside the three fails this migration instead of reaching the app.
--
-- The labels are in the order of VERDICTS (lib/readiness/enums.ts), worst first, so sorting
-- by the column puts blocked projects first. The trigger that copies a snapshot's verdict onto
-- its project (migration 20261123040000) now copies an enum into an enum, unchanged.

-- CreateEnum
CREATE TYPE "verdict" AS ENUM ('blocked', 'incomplete', 'ready');

-- AlterTable
ALTER TABLE "assessments" ALTER COLUMN "verdict" DROP DEFAULT,
ALTER COLUMN "verdict" TYPE "verdict" USING ("verdict"::"verdict"),
ALTER COLUMN "verdict" SET DEFAULT 'incomplete';

-- AlterTable
ALTER TABLE "projects" ALTER COLUMN "last_snapshot_verdict" TYPE "verdict" USING ("last_snapshot_verdict"::"verdict");

-- AlterTable
ALTER TABLE "snapshots" ALTER COLUMN "verdict" TYPE "verdict" USING ("verdict"::"verdict");
