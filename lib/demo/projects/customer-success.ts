/** Northwind Revenue Ops — customer success projects: renewal health summaries, churn-risk outreach. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Renewal health summaries (blocked, regressed)

const renewalCases = [
  testCase(
    "Customer with two product lines, one growing and one unused",
    "multi_product",
    "Each product is reported separately; the risk follows the line with the larger ARR.",
  ),
  testCase(
    "The champion's email has bounced since last month",
    "changed_role",
    "'Champion change' is listed as the top risk, with a suggestion to find a new sponsor.",
  ),
  testCase(
    "The contract has a legacy uplift cap that is no longer in the standard terms",
    "stale_policy",
    "The summary quotes the contract's own cap, not today's standard terms.",
  ),
  testCase(
    "CSM notes say 'very happy' but there were three P1 escalations in 60 days",
    "conflicting_notes",
    "Both are shown; the suggested risk is no lower than medium.",
  ),
  testCase(
    "Parent company and subsidiary renew on separate contracts",
    "duplicate_accounts",
    "One summary per contract, each naming the related account.",
  ),
  testCase(
    "An open dispute about SLA credits on the account",
    "legal_or_refund_risk",
    "The dispute is stated factually with no comment on credits; Legal Ops is tagged.",
  ),
];

const ticketSource = source(
  "Support ticket bodies, last 90 days",
  "Sentiment and recurring problem themes since the last renewal.",
  ["CSMs", "CS leadership"],
  { retention: "unknown", redacted: false },
);

const usageSource = source("Usage rollups (warehouse)", "Seat and feature adoption over the last six months.", ["CSMs", "CS leadership"]);
const contractSource = source("Contract terms (CRM)", "Renewal date, ARR and uplift clause.", ["CSMs", "CS leadership"], {
  sensitivity: ["customer", "financial", "legal"],
});

const renewalAnswers: Answers = {
  workflow: {
    name: "Renewal health review at T-120 days",
    startEvent: "A renewal opportunity reaches 120 days before contract end",
    endState: "The CSM has reviewed the summary, set the renewal risk and logged a save plan when risk is high",
    owner: "Aisha Karim, Director of Customer Success Operations",
    outcome: { metric: "Renewals with a documented risk assessment 90 days before end date", baseline: "38%", target: "90%" },
  },
  sourceOfTruth: [
    object("account", "crm", "read", "one_way", "The CRM owns the account; the warehouse copy is read-only."),
    object(
      "product_usage_event",
      "data_warehouse",
      "read",
      "one_way",
      "The warehouse is authoritative for usage; the CRM shows a nightly rollup.",
    ),
    object("ticket", "support_desk", "read", "one_way", "The support desk owns tickets; only counts and themes reach the summary."),
    object("contract", "crm", "read", "one_way", "The CRM contract object (synced from CPQ) wins; the AI quotes terms, never edits them."),
    object(
      "custom:Renewal risk",
      "crm",
      "suggest",
      "bidirectional",
      "The CSM's value always wins; the AI suggestion lives in a separate field that CS platform reports read.",
    ),
  ],
  dataSources: [usageSource, { ...ticketSource, canRunRedacted: true }, contractSource],
  lowConfidence: {
    signal: "Usage data older than 7 days, or fewer than 3 tickets to judge sentiment",
    fallbacks: ["human_review", "draft_only", "log_for_tuning"],
    escalationOwner: "CS Ops (Aisha Karim)",
    escalationTested: true,
  },
  actions: [
    action("Post the health summary to the renewal opportunity", "crm", "draft", "draft"),
    action("Suggest a renewal risk level", "crm", "recommend", "suggest", { revenueOrCx: true }),
  ],
  testCases: renewalCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "downstream_outcome"],
    "Warehouse table cs_ai.renewal_summaries",
    730,
  ),
  maintenance: {
    promptPolicy: "Aisha Karim (CS Operations)",
    dataMapping: "Felix Nakamura (Data Platform Lead)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "CS Ops queue (Aisha Karim)",
    vendorApiChanges: "Felix Nakamura (Data Platform Lead)",
    evaluationRefresh: "Aisha Karim with two senior CSMs",
    monthlyReview: "Nadia Brooks (VP Customer Success)",
  },
  firstLaunch: {
    scope: "Renewals above $50k ARR in the EMEA book (about 40 a month)",
    weeklyVolume: 10,
    risk: "low",
    automaticDecisions: false,
    customerFacingOutput: false,
    reviewPath: "The CSM reviews every summary and sets the risk field themselves",
  },
};

/** As submitted three weeks ago, before the security review looked at the sentiment add-on. */
const renewalBeforeReview = revise(renewalAnswers, {
  dataSources: [usageSource, { ...ticketSource, providerRetention: "no" }, contractSource],
  testCases: withStatuses(renewalCases, "pppppu"),
});

const renewalHealth: DemoProject = {
  name: "Renewal health summaries",
  description:
    "A one-page health summary for every renewal 120 days out — usage trend, open escalations, ticket sentiment and contract facts — posted to the renewal opportunity for the CSM.",
  systems: ["crm", "data_warehouse", "support_desk"],
  owner: "editor",
  snapshots: [
    snapshot(
      35,
      "editor",
      only(
        revise(renewalBeforeReview, {
          sourceOfTruth: [
            object("account", "crm", "read", "one_way", "The CRM owns the account."),
            object("account", "data_warehouse", "read", "one_way", "The warehouse account table is the analytics master."),
            ...(renewalAnswers.sourceOfTruth ?? []).slice(1, 4),
          ],
        }),
        ["workflow", "sourceOfTruth", "dataSources", "lowConfidence", "actions"],
      ),
      [3, 2, 3, 3, 3, null, null],
      { dataOwnership: "CRM and warehouse each claim the account record; IDs differ for 4% of accounts." },
    ),
    snapshot(21, "editor", renewalBeforeReview, [4, 4, 3, 4, 3, 3, 3]),
    snapshot(
      7,
      "editor",
      revise(renewalBeforeReview, { dataSources: [usageSource, ticketSource, contractSource] }),
      [4, 4, 3, 2, 3, 3, 3],
      {
        securityControls: "Security review: the sentiment add-on's retention terms are unconfirmed and ticket text is sent unredacted.",
      },
    ),
  ],
  remediation: { startDaysAgo: 7 },
  draft: {
    answers: renewalAnswers,
    scores: scores([4, 4, 3, 2, 3, 3, 3], {
      workflowMapping: "Mapped with CS Ops and three CSMs; the T-120 trigger already exists in the CRM.",
      dataOwnership: "Account owned by the CRM; warehouse copy is read-only since the ID clean-up.",
      securityControls: "Redaction now possible, but the vendor has not confirmed zero retention; DPA amendment pending with Legal.",
      rolloutRollback: "EMEA >$50k only; rollback = stop the trigger, summaries already posted stay.",
    }),
  },
};

// ---------------------------------------------------------------- Churn-risk outreach drafts (incomplete)

const churnCases = [
  testCase(
    "The primary admin left; the new admin has no history with Northwind",
    "changed_role",
    "The draft is addressed to the new admin and introduces the CSM.",
  ),
  testCase(
    "Account has an expansion opportunity idle for 90 days",
    "abandoned_opportunity",
    "The draft does not mention the expansion; the CSM's task notes it.",
  ),
  testCase(
    "The draft would link a webinar that was replaced last quarter",
    "stale_policy",
    "Only links from the current adoption-resources list appear.",
    "untested",
  ),
  testCase("Account is in an open billing dispute", "legal_or_refund_risk", "No draft; a review task only."),
  testCase(
    "Usage drop caused by a seat reduction already recorded in the CRM",
    "conflicting_notes",
    "No alert; logged as an explained drop.",
  ),
];

const churnAnswers: Answers = {
  workflow: {
    name: "Usage-drop check-in",
    startEvent: "Weekly active users on an account fall 30% or more against their 8-week average",
    endState: "The CSM has sent or dismissed a check-in and logged the reason in the CRM",
    owner: "Aisha Karim, Director of Customer Success Operations",
    outcome: { metric: "Accounts with a CSM touch within 5 business days of a usage drop", baseline: "22%", target: "75%" },
  },
  sourceOfTruth: [
    object("product_usage_event", "data_warehouse", "read", "one_way", "The warehouse is authoritative for usage."),
    object("account", "crm", "read", "one_way", "The CRM owns the account and its CSM assignment."),
    object("contact", "crm", "read", "one_way", "CRM contact roles decide the recipient."),
    object(
      "custom:Email consent",
      "marketing_automation",
      "read",
      "one_way",
      "Marketing automation owns consent; a contact opted out of CS emails gets no draft.",
    ),
  ],
  dataSources: [
    source("Weekly usage by feature", "Detect the drop and name the features that fell.", ["CSMs"]),
    source("CSM notes on the account", "Tone and context for the check-in.", ["CSMs"]),
    source("Email consent flags", "Decide whether a draft may be written at all.", ["CSMs"], { sensitivity: ["customer", "legal"] }),
  ],
  lowConfidence: {
    signal: "The drop matches a known seasonal pattern, or a seat reduction is already recorded",
    fallbacks: ["human_review", "draft_only", "log_for_tuning"],
    escalationOwner: "CS Ops (Aisha Karim)",
    escalationTested: true,
  },
  actions: [
    action("Draft a check-in email in the CSM's outbox", "crm", "draft", "draft", {
      customerFacing: true,
      revenueOrCx: true,
      pricingOrConsent: true,
    }),
    action("Create a 'usage drop review' task for the CSM", "crm", "update", "guardrails"),
  ],
  testCases: churnCases,
  logs: logs(
    ["input_source", "output", "approval_decision", "edit_distance", "downstream_outcome"],
    "Warehouse table cs_ai.usage_drop_outreach",
    365,
  ),
};

const churnOutreach: DemoProject = {
  name: "Churn-risk outreach drafts",
  description:
    "When an account's usage drops sharply, draft a personal check-in email for the CSM with relevant adoption resources, sent from the CSM's own mailbox after review.",
  systems: ["crm", "data_warehouse", "marketing_automation"],
  owner: "editor",
  snapshots: [
    snapshot(
      24,
      "editor",
      revise(only(churnAnswers, ["workflow", "sourceOfTruth", "dataSources"]), {
        sourceOfTruth: (churnAnswers.sourceOfTruth ?? []).slice(0, 3),
        dataSources: (churnAnswers.dataSources ?? []).slice(0, 2),
      }),
      [3, 3, 3, 2, null, null, null],
      { securityControls: "Consent is not checked before drafting; opted-out contacts could be emailed." },
    ),
    snapshot(11, "editor", revise(churnAnswers, { logs: null, testCases: withStatuses(churnCases, "ppup") }), [4, 3, 3, 3, 3, null, null]),
  ],
  draft: {
    answers: churnAnswers,
    scores: scores([4, 4, 3, 3, 3, 3, 3], {
      dataOwnership: "Consent read from marketing automation; usage from the warehouse.",
      trainingReadiness: "CSM training planned; maintenance owners and first launch scope still to agree with CS leadership.",
    }),
  },
};

export const CUSTOMER_SUCCESS_PROJECTS: DemoProject[] = [renewalHealth, churnOutreach];
