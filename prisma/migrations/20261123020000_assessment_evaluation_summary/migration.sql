-- AlterTable
ALTER TABLE "assessments" ADD COLUMN     "blocker_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "blocker_rules" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "evaluated_with" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "readiness_index" DOUBLE PRECISION,
ADD COLUMN     "verdict" TEXT NOT NULL DEFAULT 'incomplete',
ADD COLUMN     "warning_count" INTEGER NOT NULL DEFAULT 0;
