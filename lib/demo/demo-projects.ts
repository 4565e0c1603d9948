/**
 * Demo integration projects seeded into the two demo organizations: each with its current
 * working draft and two or three earlier submitted snapshots, so dashboards, history and
 * trends have something to show. Every document is a valid `preflight.assessment/v1`
 * (checked in tests/unit/demo/demo-projects.test.ts).
 *
 * Northwind Revenue Ops: thirteen active projects — under ruleset 1.0.0 current drafts evaluate
 * to five `ready`, four `blocked` and four `incomplete` — plus one archived pilot. Under 2.0.0,
 * with the integration plans of `./plans`, "New-customer billing setup" is blocked by its plan
 * alone. "Renewal health summaries"
 * regresses between its last two snapshots. Globex Customer Support: three projects, one of
 * each verdict. The content lives in `./projects/*`.
 */
import { ARCHIVED_PROJECTS, BILLING_PROJECTS } from "./projects/billing";
import { BILLING_SETUP_PROJECTS } from "./projects/billing-setup";
import { CUSTOMER_SUCCESS_PROJECTS } from "./projects/customer-success";
import { FINANCE_PROJECTS } from "./projects/finance";
import { GLOBEX_PROJECTS } from "./projects/globex";
import { SALES_PROJECTS } from "./projects/sales";
import { BRIEF_PROJECTS } from "./projects/sales-briefs";
import { SUPPORT_PROJECTS } from "./projects/support";
import { KNOWLEDGE_PROJECTS } from "./projects/support-knowledge";
import type { DemoProject } from "./projects/types";

export type { DemoProject, DemoSnapshot, DemoUserKey } from "./projects/types";

/** Northwind Revenue Ops. */
export const DEMO_PROJECTS: DemoProject[] = [
  ...SALES_PROJECTS,
  ...BRIEF_PROJECTS,
  ...SUPPORT_PROJECTS,
  ...KNOWLEDGE_PROJECTS,
  ...CUSTOMER_SUCCESS_PROJECTS,
  ...FINANCE_PROJECTS,
  ...BILLING_PROJECTS,
  ...BILLING_SETUP_PROJECTS,
  ...ARCHIVED_PROJECTS,
];

/** Globex Customer Support. */
export const DEMO_PROJECTS_GLOBEX: DemoProject[] = GLOBEX_PROJECTS;
