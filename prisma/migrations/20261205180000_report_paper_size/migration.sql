-- Issue #14: an organization prints its PDF reports on A4 (the default) or US Letter.

CREATE TYPE "paper_size" AS ENUM ('A4', 'LETTER');

ALTER TABLE "organizations" ADD COLUMN "paper_size" "paper_size" NOT NULL DEFAULT 'A4';
