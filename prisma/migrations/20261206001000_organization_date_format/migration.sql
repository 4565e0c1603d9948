-- Issue #14: one date format everywhere, the organization's; "5 Dec 2026" stays the default.

CREATE TYPE "date_format" AS ENUM ('day_month_year', 'month_day_year', 'iso', 'numeric_dmy');

ALTER TABLE "organizations" ADD COLUMN "date_format" "date_format" NOT NULL DEFAULT 'day_month_year';
