/**
 * Northwind Revenue Ops — New-customer billing setup: ready by its nine answers and seven
 * scores, blocked under ruleset 2.0.0 by its integration plan alone (a two-way contact row
 * with no conflict rule, a write phase without rollback criteria; see `../plans/billing-setup.ts`).
 */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

const setupCases = [
  testCase(
    "Closed-won account already has a billing customer from an earlier self-serve plan",
    "duplicate_accounts",
    "The draft links the existing billing customer instead of creating a second one; billing ops confirms the link.",
  ),
  testCase(
    "Order form has no billing contact email",
    "missing_fields",
    "No draft; the AE gets a task to add the billing contact before the handoff continues.",
  ),
  testCase(
    "Quote has a 12-month ramp with three price steps",
    "multi_product",
    "The draft subscription carries one phase per price step, each with its start date.",
  ),
  testCase(
    "Signed order form says net 60 while the quote says net 30",
    "conflicting_notes",
    "The signed form wins; the draft is flagged for billing ops with both values quoted.",
  ),
  testCase(
    "The buyer's finance contact left the company before signature",
    "changed_role",
    "The draft uses the contact named on the signed form and suggests the change to the AE.",
  ),
  testCase(
    "Order form includes a non-standard refund clause",
    "legal_or_refund_risk",
    "Draft created with a hold; legal reviews the clause before the subscription goes live.",
  ),
];

const setupAnswers: Answers = {
  workflow: {
    name: "Closed-won to billing customer and subscription",
    startEvent: "An opportunity is marked closed-won with a signed order form",
    endState: "The billing customer and a draft subscription match the signed order form, approved by billing operations",
    owner: "Owen Brandt, Billing Operations Lead",
    outcome: { metric: "Business days from closed-won to an approved subscription", baseline: "6 business days", target: "1 business day" },
  },
  sourceOfTruth: [
    object(
      "account",
      "crm",
      "read",
      "one_way",
      "The CRM owns the account; billing receives name and address changes, never sends them back.",
    ),
    object(
      "contact",
      "crm",
      "suggest",
      "bidirectional",
      "Field-level: billing owns the billing contact's email and invoice preferences, the CRM owns everything else.",
    ),
    object("contract", "crm", "read", "one_way", "The signed order form in the CRM is the legal source."),
    object(
      "custom:Subscription",
      "billing",
      "update",
      "one_way",
      "Billing owns subscriptions; the AI creates drafts only, and billing operations approves before anything is invoiced.",
    ),
  ],
  dataSources: [
    source(
      "Closed-won opportunity, quote lines and discounts",
      "Products, quantities, prices and terms of the draft.",
      ["Billing operations"],
      {
        sensitivity: ["customer", "financial"],
      },
    ),
    source("Signed order form text", "Non-standard terms and the billing contact.", ["Billing operations", "Legal"], {
      sensitivity: ["customer", "financial", "legal"],
    }),
  ],
  lowConfidence: {
    signal: "The order form could not be read into lines, or quote and order form disagree on price, term or currency",
    fallbacks: ["human_review", "draft_only", "log_for_tuning"],
    escalationOwner: "Billing operations queue (Owen Brandt)",
    escalationTested: true,
  },
  actions: [
    action("Draft the billing customer and subscription from the order form", "billing", "update", "draft", { revenueOrCx: true }),
    action("Write the billing customer id back to the CRM account", "crm", "update", "guardrails"),
    action("Open a billing-ops task when quote and order form disagree", "crm", "trigger", "guardrails"),
  ],
  testCases: setupCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "edit_distance", "error_category", "downstream_outcome"],
    "Warehouse table finance_ai.billing_setup_runs",
    730,
  ),
  maintenance: {
    promptPolicy: "Owen Brandt (Billing Operations Lead)",
    dataMapping: "Grace Lindqvist (Finance Systems Manager)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "Billing operations queue (Owen Brandt)",
    vendorApiChanges: "Grace Lindqvist (Finance Systems Manager)",
    evaluationRefresh: "Owen Brandt with the deal desk",
    monthlyReview: "Meera Iyer (Controller)",
  },
  firstLaunch: {
    scope: "New-business deals in the US entity, monthly and annual plans without ramps",
    weeklyVolume: 35,
    risk: "medium",
    automaticDecisions: false,
    customerFacingOutput: false,
    reviewPath: "Billing operations approves every draft subscription before the first invoice run",
  },
};

const billingSetup: DemoProject = {
  name: "New-customer billing setup",
  description:
    "Turn a closed-won opportunity and its signed order form into a draft billing customer and subscription that billing operations approves, and keep the billing contact in step between the CRM and billing.",
  systems: ["crm", "billing"],
  owner: "editor",
  snapshots: [
    snapshot(
      26,
      "editor",
      only(revise(setupAnswers, { testCases: withStatuses(setupCases, "ppuu") }), [
        "workflow",
        "sourceOfTruth",
        "dataSources",
        "lowConfidence",
        "actions",
        "testCases",
      ]),
      [3, 3, 3, 3, null, null, null],
    ),
    snapshot(9, "editor", setupAnswers, [4, 3, 3, 4, 3, 3, 3]),
  ],
  draft: {
    answers: setupAnswers,
    scores: scores([4, 4, 3, 4, 3, 3, 3], {
      dataOwnership: "Ownership agreed per object; billing owns the billing contact's email.",
      rolloutRollback: "Read-only first, then drafts with billing-ops approval for US new business.",
    }),
  },
};

export const BILLING_SETUP_PROJECTS: DemoProject[] = [billingSetup];
