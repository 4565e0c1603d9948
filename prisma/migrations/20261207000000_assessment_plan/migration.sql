-- Issue #17: the draft holds the integration plan (preflight.assessment/v2 `plan`); null = no plan.

ALTER TABLE "assessments" ADD COLUMN "plan" JSONB;
