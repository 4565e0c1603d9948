/** Northwind Revenue Ops — meeting-prep briefs for account executives. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Meeting-prep briefs (ready)

const briefCases = [
  testCase(
    "Customer with three product lines and one expansion opportunity",
    "multi_product",
    "Brief lists each product's usage and the open opportunity separately.",
  ),
  testCase(
    "Meeting attendee changed role since the last meeting",
    "changed_role",
    "Brief shows the new title from the CRM and notes the change.",
  ),
  testCase(
    "CSM note says 'happy', but two P1 tickets opened this week",
    "conflicting_notes",
    "Both appear; the open P1s are listed first under 'risks to raise'.",
  ),
  testCase("Opportunity untouched for 120 days", "abandoned_opportunity", "Listed as stale; no talking point suggests pricing."),
  testCase(
    "Two accounts for the same customer (parent and EMEA subsidiary)",
    "duplicate_accounts",
    "Brief covers the account on the meeting and names the related one.",
  ),
];

const briefAccountSource = source("Account and opportunity fields", "Context, open deals and renewal date.", ["Account executives"], {
  sensitivity: ["customer", "financial"],
});
const briefTicketSource = source(
  "Support tickets, last 60 days (subject, status, priority)",
  "Open issues the AE must know before the meeting.",
  ["Account executives"],
);
const briefUsageSource = source("Product usage rollup", "Adoption trend and unused paid features for talking points.", [
  "Account executives",
]);

const briefAnswers: Answers = {
  workflow: {
    name: "Customer meeting preparation",
    startEvent: "An external meeting with an existing customer is on an AE's calendar 24 hours ahead",
    endState: "A one-page brief is attached to the CRM event and opened by the AE before the meeting",
    owner: "Carlos Mendes, Director of Sales (Mid-Market)",
    outcome: { metric: "AE preparation time per customer meeting (calendar sampling)", baseline: "35 min", target: "10 min" },
  },
  sourceOfTruth: [
    object("account", "crm", "read", "one_way", "CRM is the record; nothing is written back except the brief attachment."),
    object("opportunity", "crm", "read", "one_way", "CRM is the record."),
    object("ticket", "support_desk", "read", "one_way", "Support desk owns tickets; the brief shows subject, status and priority only."),
    object("product_usage_event", "data_warehouse", "read", "one_way", "Warehouse is authoritative; nightly rollup."),
  ],
  dataSources: [briefAccountSource, briefTicketSource, briefUsageSource],
  lowConfidence: {
    signal: "No activity on the account for 90 days, or the attendee is not a known contact",
    fallbacks: ["draft_only", "log_for_tuning"],
    escalationOwner: "Sales ops (Priya Shah)",
    escalationTested: true,
  },
  actions: [action("Attach meeting brief to the CRM event", "crm", "draft", "draft")],
  testCases: briefCases,
  logs: logs(["input_source", "output", "confidence", "approval_decision", "time_saved"], "Warehouse table revops_ai.meeting_briefs", 180),
  maintenance: {
    promptPolicy: "Ruth Adler (Sales Enablement)",
    dataMapping: "Marco Levi (CRM Administrator)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "Sales ops queue (Priya Shah)",
    vendorApiChanges: "Felix Nakamura (Data Platform Lead)",
    evaluationRefresh: "Ruth Adler (Sales Enablement)",
    monthlyReview: "Jordan Lee (Chief Revenue Officer)",
  },
  firstLaunch: {
    scope: "Enterprise AE team, meetings with existing customers only",
    weeklyVolume: 120,
    risk: "low",
    automaticDecisions: false,
    customerFacingOutput: false,
    reviewPath: "AE reads the brief and rates it; sales ops reviews low ratings weekly",
  },
};

const meetingBriefs: DemoProject = {
  name: "Meeting-prep briefs for account executives",
  description:
    "Before each customer meeting, assemble a one-page brief for the AE: account context, open opportunities, recent support issues, product usage and suggested talking points.",
  systems: ["crm", "support_desk", "data_warehouse"],
  owner: "viewer",
  snapshots: [
    snapshot(
      28,
      "editor",
      revise(briefAnswers, {
        dataSources: [
          briefAccountSource,
          source(
            "Support ticket bodies and internal notes, last 60 days",
            "Open issues the AE must know before the meeting.",
            ["Account executives"],
            {
              audienceMaySeeSource: false,
            },
          ),
          briefUsageSource,
        ],
        testCases: withStatuses(briefCases, "ppuu"),
      }),
      [3, 4, 3, 2, 3, 3, 3],
      { securityControls: "AEs have no support desk licence, yet the brief would quote full ticket bodies and internal notes." },
    ),
    snapshot(14, "editor", briefAnswers, [4, 4, 3, 4, 3, 3, 3]),
  ],
  draft: {
    answers: briefAnswers,
    scores: scores([4, 4, 3, 4, 4, 4, 3], {
      securityControls: "Brief limited to ticket fields AEs already see in the CRM support widget.",
      rolloutRollback: "Enterprise team first; briefs can be switched off per team.",
    }),
  },
};

export const BRIEF_PROJECTS: DemoProject[] = [meetingBriefs];
