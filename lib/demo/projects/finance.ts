/** Northwind Revenue Ops — finance projects: ERP exception routing, refund approvals. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Finance exception routing (incomplete)

const exceptionAnswers: Answers = {
  workflow: {
    name: "Billing-to-ERP posting exception handling",
    startEvent: "The nightly invoice posting job from billing to the ERP rejects a record",
    endState: "The owning finance analyst resolves the exception and the invoice posts, or it is written off with an approver",
    owner: "Grace Lindqvist, Finance Systems Manager",
    outcome: {
      metric: "Median age of open posting exceptions at month-end close",
      baseline: "6.5 business days",
      target: "2 business days",
    },
  },
  sourceOfTruth: [
    object("invoice", "billing", "read", "one_way", "Billing owns the invoice, the ERP the posted journal; the AI edits neither."),
    object(
      "custom:GL account mapping",
      "erp",
      "read",
      "one_way",
      "The ERP chart of accounts is authoritative; mapping changes go through a finance systems change request.",
    ),
    object(
      "internal_task",
      "erp",
      "trigger",
      "one_way",
      "The AI opens and assigns the exception task; once an analyst touches it, the analyst's status wins and the AI never reassigns it.",
    ),
  ],
  dataSources: [
    source("Posting error log", "Error code and rejected payload, to classify the exception.", ["Finance systems team", "AR analysts"], {
      sensitivity: ["financial"],
    }),
    source("Customer billing profile", "Legal entity, currency and tax region, to route to the right analyst.", ["AR analysts"], {
      sensitivity: ["customer", "financial"],
    }),
  ],
  lowConfidence: {
    signal: "Classifier confidence below 0.7, or an error code not seen in the last 90 days",
    fallbacks: ["specialist_queue", "log_for_tuning", "refuse_update"],
    escalationOwner: "Finance systems on-call (Grace Lindqvist)",
    escalationTested: false,
  },
  actions: [
    action("Classify the exception and suggest a fix", "erp", "recommend", "suggest"),
    action("Open and assign the exception task in the ERP work queue", "erp", "trigger", "guardrails"),
  ],
  testCases: [
    testCase(
      "Invoice with no cost centre because the SKU was launched this month",
      "missing_fields",
      "Classified as a mapping gap, routed to finance systems with the closest existing SKU mapping suggested.",
    ),
    testCase(
      "One invoice with lines in two legal entities",
      "multi_product",
      "Split suggested; routed to the intercompany accountant.",
      "untested",
    ),
    testCase(
      "The same invoice fails three nights in a row",
      "other",
      "One task only, updated with the retry count (deduplicated on invoice number).",
    ),
  ],
  maintenance: {
    promptPolicy: "Grace Lindqvist (Finance Systems Manager)",
    dataMapping: "Owen Brandt (Billing Operations Lead)",
    failedWorkflowTriage: "Finance systems on-call rota",
    evaluationRefresh: "Grace Lindqvist (Finance Systems Manager)",
    monthlyReview: "Meera Iyer (Controller)",
  },
};

const financeExceptions: DemoProject = {
  name: "Finance exception routing",
  description:
    "Classify billing-to-ERP posting failures — missing cost centres, currency mismatches, closed periods — and route each to the right finance queue with a suggested fix.",
  systems: ["erp", "billing"],
  owner: "editor",
  snapshots: [
    snapshot(
      20,
      "editor",
      only(
        revise(exceptionAnswers, {
          workflow: { ...exceptionAnswers.workflow, outcome: { metric: "", baseline: "Unknown", target: "Faster close" } },
        }),
        ["workflow", "sourceOfTruth", "dataSources"],
      ),
      [3, 3, null, 3, null, null, null],
      { workflowMapping: "Exception volumes are known, but nobody has measured how long exceptions stay open." },
    ),
    snapshot(6, "editor", only(exceptionAnswers, ["workflow", "sourceOfTruth", "dataSources", "lowConfidence", "actions"]), [
      4,
      3,
      3,
      3,
      3,
      null,
      null,
    ]),
  ],
  remediation: { startDaysAgo: 14 },
  draft: {
    answers: exceptionAnswers,
    scores: scores([4, 3, 3, 3, 3, 3, null], {
      workflowMapping: "Baseline from three closes of exception ageing reports.",
      rolloutRollback: "Shadow mode for one month-end close before tasks are assigned automatically.",
    }),
  },
};

// ---------------------------------------------------------------- Refund approval assistant (blocked: failing tests, low score)

const refundCases = [
  testCase(
    "Annual plan cancelled in month 5; policy allows a pro-rated refund minus the discount clawback",
    "legal_or_refund_risk",
    "The refundable amount matches the billing team's policy worksheet to the cent.",
    "fail",
  ),
  testCase(
    "EU consumer-style customer invokes the 14-day withdrawal right",
    "legal_or_refund_risk",
    "Full refund recommended regardless of plan, citing the statutory right.",
  ),
  testCase(
    "Two refund requests for the same invoice from different contacts",
    "duplicate_accounts",
    "One recommendation; the second ticket is linked as a duplicate.",
  ),
  testCase(
    "An agent promised a full refund in chat; the policy allows 50%",
    "conflicting_notes",
    "Escalated to the billing lead with both quoted; no recommendation.",
  ),
  testCase("Refund of one add-on on a bundled invoice", "multi_product", "Line-level refund only, with the bundle discount recalculated."),
  testCase("Request cites the 30-day guarantee retired last year", "stale_policy", "The policy in force on the purchase date applies."),
];

const refundAnswers: Answers = {
  workflow: {
    name: "Refund request review",
    startEvent: "An agent tags a ticket 'refund request' or the customer submits the refund form",
    endState: "Refund approved and issued in billing, or declined with a policy reason the agent sends to the customer",
    owner: "Owen Brandt, Billing Operations Lead",
    outcome: {
      metric: "Median time from refund request to decision",
      baseline: "4.2 business days",
      target: "1 business day, no policy exceptions in the audit sample",
    },
  },
  sourceOfTruth: [
    object("invoice", "billing", "read", "one_way", "Billing is the record for invoices, payments and credits."),
    object(
      "approval_status",
      "billing",
      "suggest",
      "one_way",
      "Only a billing specialist sets the approval; the AI writes a recommendation field.",
    ),
    object("ticket", "support_desk", "read", "one_way", "The support desk owns the request conversation."),
    object("contract", "crm", "read", "one_way", "The CRM contract object holds refund and cancellation terms."),
  ],
  dataSources: [
    source("Invoice and payment history", "Amount paid, billing period and prior credits.", ["Billing specialists"], {
      sensitivity: ["customer", "financial"],
    }),
    source(
      "Refund policy and contract terms",
      "Eligibility rules and plan-specific exceptions.",
      ["Billing specialists", "Tier 2 agents"],
      { sensitivity: ["legal"] },
    ),
    source("Refund request ticket", "The customer's reason and anything agents already promised.", [
      "Billing specialists",
      "Tier 2 agents",
    ]),
  ],
  lowConfidence: {
    signal: "Request matches no policy rule, amount above $2,000, or a prior credit in the last 12 months",
    fallbacks: ["specialist_queue", "human_review", "refuse_update"],
    escalationOwner: "Billing specialists queue (Owen Brandt)",
    escalationTested: true,
  },
  actions: [
    action("Recommend approve or decline with the policy clause", "billing", "recommend", "suggest", { revenueOrCx: true }),
    action("Prepare the refund in billing for one-click approval", "billing", "draft", "draft", { revenueOrCx: true }),
    action("Draft the decision reply to the customer", "support_desk", "draft", "draft", { customerFacing: true, revenueOrCx: true }),
  ],
  testCases: withStatuses(refundCases, "fppppp"),
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "edit_distance", "error_category", "downstream_outcome"],
    "Billing audit log plus warehouse table finance_ai.refund_reviews",
    2555,
  ),
  maintenance: {
    promptPolicy: "Owen Brandt (Billing Operations Lead)",
    dataMapping: "Grace Lindqvist (Finance Systems Manager)",
    accessReviews: "Sam Whitaker (IT Security) with Internal Audit",
    failedWorkflowTriage: "Billing specialists queue (Owen Brandt)",
    vendorApiChanges: "Grace Lindqvist (Finance Systems Manager)",
    evaluationRefresh: "Owen Brandt (Billing Operations Lead)",
    monthlyReview: "Meera Iyer (Controller)",
  },
  firstLaunch: {
    scope: "Refund requests under $500 on monthly plans, US entity only",
    weeklyVolume: 60,
    risk: "medium",
    automaticDecisions: false,
    customerFacingOutput: true,
    reviewPath: "A billing specialist approves every refund; the agent edits and sends every customer reply",
  },
};

const refundAssistant: DemoProject = {
  name: "Refund approval assistant",
  description:
    "Check refund requests against policy, plan terms and payment history, compute the refundable amount, and prepare the refund and the customer reply for a billing specialist to approve.",
  systems: ["billing", "support_desk", "crm"],
  owner: "editor",
  snapshots: [
    snapshot(
      40,
      "editor",
      only(
        revise(refundAnswers, {
          actions: [
            ...(refundAnswers.actions ?? []).slice(0, 1),
            action("Issue refunds under $100 automatically", "billing", "trigger", "automated", {
              revenueOrCx: true,
              reversible: false,
              shadowModeFirst: false,
            }),
          ],
          testCases: withStatuses(refundCases, "uuu"),
        }),
        ["workflow", "sourceOfTruth", "dataSources", "lowConfidence", "actions", "testCases"],
      ),
      [3, 3, 3, 2, 3, 2, 2],
      { securityControls: "Automatic refunds cannot be clawed back once the card network settles them." },
    ),
    snapshot(18, "editor", revise(refundAnswers, { testCases: withStatuses(refundCases, "fppppf") }), [4, 3, 3, 3, 3, 2, 3], {
      rolloutRollback: "No way to switch the assistant off for one entity; rollback plan not written.",
    }),
  ],
  remediation: { startDaysAgo: 35 },
  draft: {
    answers: refundAnswers,
    scores: scores([4, 3, 3, 4, 3, 2, 3], {
      securityControls: "Nothing is issued without a billing specialist; refund data stays in the zero-retention tenant.",
      rolloutRollback: "Proration for discounted annual plans still wrong; per-entity kill switch not built.",
    }),
  },
};

export const FINANCE_PROJECTS: DemoProject[] = [financeExceptions, refundAssistant];
