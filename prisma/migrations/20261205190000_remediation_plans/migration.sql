-- Issue #18: the 90-day remediation plan. One plan per project (its start date); one item per
-- open finding, keyed by rule and target so a re-evaluation keeps what people set on it.

CREATE TYPE "remediation_status" AS ENUM ('open', 'in_progress', 'done');
CREATE TYPE "finding_severity" AS ENUM ('blocker', 'warning', 'info');
CREATE TYPE "remediation_track" AS ENUM ('launch_gate', 'safe_writes', 'semantics', 'observability');
CREATE TYPE "remediation_window" AS ENUM ('days_1_30', 'days_31_60', 'days_61_90');

CREATE TABLE "remediation_plans" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "include_info" BOOLEAN NOT NULL DEFAULT false,
    "reconciled_revision" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "remediation_plans_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "remediation_plans_project_id_key" ON "remediation_plans"("project_id");
CREATE INDEX "remediation_plans_organization_id_idx" ON "remediation_plans"("organization_id");

ALTER TABLE "remediation_plans" ADD CONSTRAINT "remediation_plans_organization_id_fkey"
    FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "remediation_plans" ADD CONSTRAINT "remediation_plans_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "remediation_plans" ADD CONSTRAINT "remediation_plans_created_by_id_fkey"
    FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "remediation_items" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "project_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "rule_id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "severity" "finding_severity" NOT NULL,
    "track" "remediation_track" NOT NULL,
    "time_window" "remediation_window" NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "remediation" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "due_date_set_by_person" BOOLEAN NOT NULL DEFAULT false,
    "suggested_owner" TEXT,
    "suggested_from" TEXT,
    "assignee_id" TEXT,
    "status" "remediation_status" NOT NULL DEFAULT 'open',
    "notes" TEXT NOT NULL DEFAULT '',
    "resolved_at" TIMESTAMP(3),
    "resolved_by_id" TEXT,
    "resolved_revision" INTEGER,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "remediation_items_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "remediation_items_organization_id_project_id_key_key" ON "remediation_items"("organization_id", "project_id", "key");
CREATE INDEX "remediation_items_plan_id_idx" ON "remediation_items"("plan_id");
CREATE INDEX "remediation_items_organization_id_assignee_id_status_idx" ON "remediation_items"("organization_id", "assignee_id", "status");

ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_organization_id_fkey"
    FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_plan_id_fkey"
    FOREIGN KEY ("plan_id") REFERENCES "remediation_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_assignee_id_fkey"
    FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_resolved_by_id_fkey"
    FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
