/** Northwind Revenue Ops — billing projects: quote-to-cash alerts, invoice disputes, and a retired pilot. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Quote-to-cash anomaly alerts (incomplete)

const q2cAnswers: Answers = {
  workflow: {
    name: "Closed-won to first invoice reconciliation",
    startEvent: "An opportunity is marked closed-won with a signed order form attached",
    endState: "Subscription and first invoice match the quote, or deal desk resolved the mismatch before the invoice was sent",
    owner: "Meera Iyer, Controller",
    outcome: {
      metric: "New-business invoices credited or reissued within 60 days for quote mismatches",
      baseline: "3.1%",
      target: "Under 0.5%",
    },
  },
  sourceOfTruth: [
    object("opportunity", "crm", "read", "one_way", "The CRM wins for commercial terms as signed."),
    object("contract", "crm", "read", "one_way", "The signed order form attached in the CRM is the legal source."),
    object("custom:Subscription", "billing", "read", "one_way", "Billing owns subscriptions; the AI compares, never edits."),
    object("invoice", "billing", "read", "one_way", "Billing owns invoices."),
    object(
      "internal_task",
      "crm",
      "trigger",
      "one_way",
      "The AI opens a deal-desk case; deal desk closes it. A repeat alert on the same opportunity updates the open case.",
    ),
  ],
  dataSources: [
    source("Quote line items and discounts", "Expected products, quantities, prices and terms.", ["Deal desk", "Billing operations"], {
      sensitivity: ["customer", "financial"],
    }),
    source("Billing subscription and draft invoice", "What will actually be charged.", ["Deal desk", "Billing operations"], {
      sensitivity: ["customer", "financial"],
    }),
    source("Signed order form text", "Non-standard terms that never made it into the quote lines.", ["Deal desk", "Billing operations"], {
      sensitivity: ["customer", "financial", "legal"],
    }),
  ],
  lowConfidence: {
    signal: "The order form could not be parsed into lines, or quote and subscription currencies differ",
    fallbacks: ["human_review", "log_for_tuning"],
    escalationOwner: "Deal desk (Kevin O'Neill)",
    escalationTested: false,
  },
  actions: [
    action("Flag the mismatch and open a deal-desk case", "crm", "trigger", "guardrails"),
    action("Recommend holding the first invoice", "billing", "recommend", "suggest", { revenueOrCx: true }),
  ],
  firstLaunch: {
    scope: "New-business deals in the US entity above $20k ACV",
    weeklyVolume: 45,
    risk: "medium",
    automaticDecisions: false,
    customerFacingOutput: false,
    reviewPath: "Deal desk reviews every case before the invoice run",
  },
};

const quoteToCash: DemoProject = {
  name: "Quote-to-cash anomaly alerts",
  description:
    "Compare each closed-won deal's quote and order form with the subscription created in billing and the first invoice, and alert deal desk when discounts, terms or amounts disagree.",
  systems: ["crm", "billing", "erp"],
  owner: "owner",
  snapshots: [
    snapshot(
      30,
      "owner",
      only(revise(q2cAnswers, { workflow: { ...q2cAnswers.workflow, outcome: {} } }), ["workflow", "sourceOfTruth"]),
      [3, 3, null, null, null, null, null],
      { workflowMapping: "Mismatch rate not measured yet; finance estimates 'a few percent'." },
    ),
    snapshot(9, "owner", only(q2cAnswers, ["workflow", "sourceOfTruth", "dataSources"]), [4, 3, 3, 3, null, null, null]),
  ],
  draft: {
    answers: q2cAnswers,
    scores: scores([4, 3, 3, 4, 3, null, null], {
      workflowMapping: "Baseline from last two quarters of credit notes tagged 'quote mismatch'.",
      securityControls: "Read-only on billing; nothing leaves the zero-retention tenant.",
    }),
  },
};

// ---------------------------------------------------------------- Invoice dispute classification (incomplete)

const disputeCases = [
  testCase(
    "Customer is charged for 120 seats but says 95 are active",
    "conflicting_notes",
    "Classified 'seat count'; seat history attached; routed to billing support.",
  ),
  testCase(
    "Same card charged twice after a payment retry",
    "duplicate_accounts",
    "Classified 'duplicate charge', routed to AR with both payment IDs.",
  ),
  testCase(
    "Customer says VAT should not apply; no VAT number on file",
    "missing_fields",
    "Classified 'tax'; the acknowledgement asks for the VAT number.",
  ),
  testCase(
    "Enterprise customer rejects the invoice because the PO number is missing",
    "other",
    "Classified 'PO missing'; dunning pause suggested.",
  ),
  testCase(
    "Dispute email threatens legal action over an auto-renewal",
    "legal_or_refund_risk",
    "No acknowledgement draft; routed to the AR lead and Legal Ops.",
    "untested",
  ),
  testCase(
    "Disputed line is an add-on the customer says was cancelled",
    "multi_product",
    "Classified 'cancellation'; cancellation record attached.",
  ),
];

const disputeAnswers: Answers = {
  workflow: {
    name: "Invoice dispute intake",
    startEvent: "A customer replies to an invoice email or opens a billing ticket disputing a charge",
    endState: "The dispute is classified, evidence attached and routed to the owning AR analyst; dunning paused if the analyst approves",
    owner: "Owen Brandt, Billing Operations Lead",
    outcome: { metric: "Median days to resolve an invoice dispute", baseline: "11 days", target: "5 days" },
  },
  sourceOfTruth: [
    object("invoice", "billing", "read", "one_way", "Billing owns invoices and payments."),
    object(
      "ticket",
      "support_desk",
      "update",
      "one_way",
      "The AI sets the dispute reason code; an analyst's change always wins and is not overwritten.",
    ),
    object("custom:Dunning status", "billing", "suggest", "one_way", "The AR analyst decides; the AI only suggests a pause."),
    object("account", "crm", "read", "one_way", "The CRM owns the account and its billing contact."),
  ],
  dataSources: [
    source("Dispute email or ticket", "The customer's claim, in their words.", ["AR analysts", "Billing support"], {
      sensitivity: ["customer", "financial"],
    }),
    source("Invoice PDF and line items", "Evidence for the claim.", ["AR analysts", "Billing support"], {
      sensitivity: ["customer", "financial"],
    }),
    source("Seat count history", "Checks seat-count disputes against actual usage.", ["AR analysts", "Billing support"]),
  ],
  lowConfidence: {
    signal: "No reason code above 0.7 confidence, or more than one invoice referenced",
    fallbacks: ["specialist_queue", "request_info", "log_for_tuning"],
    escalationOwner: "AR lead (Sofia Marquez)",
    escalationTested: true,
  },
  actions: [
    action("Set the dispute reason code on the ticket", "support_desk", "update", "guardrails"),
    action("Suggest pausing dunning for the disputed invoice", "billing", "recommend", "suggest", { revenueOrCx: true }),
    action("Draft an acknowledgement to the customer", "support_desk", "draft", "draft", { customerFacing: true, revenueOrCx: true }),
  ],
  testCases: disputeCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "error_category", "downstream_outcome"],
    "Warehouse table finance_ai.dispute_intake",
    1095,
  ),
  maintenance: {
    promptPolicy: "Owen Brandt (Billing Operations Lead)",
    dataMapping: "Tomás Rivera (Support Systems Administrator)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "AR lead (Sofia Marquez)",
    vendorApiChanges: "Grace Lindqvist (Finance Systems Manager)",
    evaluationRefresh: "Sofia Marquez (AR Lead)",
    monthlyReview: "Meera Iyer (Controller)",
  },
};

const invoiceDisputes: DemoProject = {
  name: "Invoice dispute classification",
  description:
    "Classify incoming invoice disputes — seat count, duplicate charge, tax, missing PO — attach the invoice evidence, and route each to AR or billing support with a drafted acknowledgement.",
  systems: ["billing", "support_desk", "crm"],
  owner: "editor",
  snapshots: [
    snapshot(
      33,
      "editor",
      only(revise(disputeAnswers, { testCases: withStatuses(disputeCases, "pfpuuu") }), [
        "workflow",
        "sourceOfTruth",
        "dataSources",
        "lowConfidence",
        "actions",
        "testCases",
      ]),
      [3, 3, 3, 3, 3, null, null],
      { rolloutRollback: "Duplicate charges are being classified as seat disputes." },
    ),
    snapshot(15, "editor", revise(disputeAnswers, { testCases: withStatuses(disputeCases, "pppupp") }), [4, 3, 3, 3, 3, 3, null]),
  ],
  draft: {
    answers: disputeAnswers,
    scores: scores([4, 3, 4, 3, 3, 3, null], {
      taxonomyAlignment: "Dispute reason codes now shared by billing and the support desk.",
      rolloutRollback: "First launch scope not agreed: AR wants all entities, billing ops wants US only.",
    }),
  },
};

// ---------------------------------------------------------------- Renewal price-increase notices (archived pilot)

const noticeAnswers: Answers = {
  workflow: {
    name: "Annual price-increase notice",
    startEvent: "A subscription is 90 days from renewal and its price book has an uplift",
    endState: "The customer received a notice with the new price before the contractual notice period",
    owner: "Dana Whitfield, VP Revenue Operations",
    outcome: { metric: "Renewals with notice sent inside the contractual window", baseline: "71%", target: "100%" },
  },
  sourceOfTruth: [
    object("contract", "crm", "read", "one_way", "The CRM contract holds the uplift clause."),
    object("custom:Price book", "billing", "read", "one_way", "Billing price books are authoritative."),
  ],
  dataSources: [
    source("Contract uplift clauses", "Cap and notice period per customer.", ["Account owners"], {
      sensitivity: ["customer", "legal", "financial"],
    }),
  ],
  actions: [
    action("Generate and send the price-increase email", "marketing_automation", "trigger", "automated", {
      customerFacing: true,
      revenueOrCx: true,
      pricingOrConsent: true,
      reversible: false,
      shadowModeFirst: false,
    }),
  ],
  firstLaunch: {
    scope: "All renewals with an uplift in the next quarter",
    weeklyVolume: 85,
    risk: "high",
    automaticDecisions: true,
    customerFacingOutput: true,
    reviewPath: "",
  },
};

const priceNotices: DemoProject = {
  name: "Renewal price-increase notices (pilot)",
  description:
    "Pilot that generated and sent annual price-increase notices to renewing customers. Retired after legal review: notices must use approved contract language and come from the account owner.",
  systems: ["crm", "billing", "marketing_automation"],
  owner: "owner",
  archived: true,
  snapshots: [
    snapshot(118, "owner", only(noticeAnswers, ["workflow", "sourceOfTruth", "actions"]), [3, 3, 2, 2, null, null, null]),
    snapshot(96, "owner", noticeAnswers, [3, 3, 2, 1, 2, 1, 2], {
      securityControls: "Legal: AI-written pricing language and automatic sends are not acceptable. Project retired.",
    }),
  ],
  draft: { answers: noticeAnswers, scores: scores([3, 3, 2, 1, 2, 1, 2]) },
};

export const BILLING_PROJECTS: DemoProject[] = [quoteToCash, invoiceDisputes];
export const ARCHIVED_PROJECTS: DemoProject[] = [priceNotices];
