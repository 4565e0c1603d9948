/** Northwind Revenue Ops — knowledge-base article suggestions. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Knowledge-base article suggestions (ready)

const kbCases = [
  testCase(
    "Cluster of refund questions where the existing article cites a retired policy",
    "stale_policy",
    "Draft an update to the existing article, not a new one, and flag the retired wording.",
  ),
  testCase(
    "Questions about exporting invoices from both the Billing and Analytics modules",
    "multi_product",
    "One article per product, cross-linked; no merged article.",
  ),
  testCase(
    "Two clusters asking the same question in different words",
    "other",
    "One suggestion listing both phrasings as search keywords.",
  ),
  testCase(
    "Tickets solved by phone with no written answer in the ticket",
    "missing_fields",
    "No draft; the cluster is listed as a gap for the knowledge team.",
  ),
  testCase(
    "A cluster contains reports of a possible security vulnerability",
    "legal_or_refund_risk",
    "Excluded from suggestions and routed to the security team.",
  ),
];

const kbAnswers: Answers = {
  workflow: {
    name: "Knowledge gap to published article",
    startEvent: "Weekly job clusters the last 7 days of solved tickets and chat transcripts",
    endState: "The knowledge manager has published, merged or rejected each suggested article",
    owner: "Lena Vogt, Knowledge Manager",
    outcome: { metric: "Tier 1 tickets solved with a linked help-centre article", baseline: "34%", target: "55%" },
  },
  sourceOfTruth: [
    object("ticket", "support_desk", "read", "one_way", "Support desk is the record; the AI reads solved tickets only."),
    object(
      "custom:Help-centre article",
      "support_desk",
      "suggest",
      "one_way",
      "Only the knowledge team edits published articles; AI drafts go to an unpublished section.",
    ),
    object("custom:Chat transcript", "chat", "read", "one_way", "The chat platform owns transcripts."),
  ],
  dataSources: [
    source("Solved tickets (names, emails and account numbers redacted)", "Find recurring questions and the answers agents gave.", [
      "Knowledge team",
    ]),
    source("Existing help-centre articles", "Avoid duplicates and propose updates.", ["Knowledge team", "Support agents"], {
      sensitivity: [],
    }),
    source("Chat transcripts (redacted)", "Questions asked in chat that never became tickets.", ["Knowledge team"]),
  ],
  lowConfidence: {
    signal: "Cluster smaller than 8 tickets, or more than 70% overlap with an existing article",
    fallbacks: ["log_for_tuning", "human_review"],
    escalationOwner: "Lena Vogt (Knowledge Manager)",
    escalationTested: true,
  },
  actions: [
    action("Draft a new or updated article in the unpublished section", "support_desk", "draft", "draft", {
      customerFacing: true,
      revenueOrCx: true,
    }),
    action("Suggest merging overlapping articles", "support_desk", "recommend", "suggest"),
  ],
  testCases: kbCases,
  logs: logs(
    ["input_source", "output", "approval_decision", "edit_distance", "time_saved", "downstream_outcome"],
    "Article revision history in the support desk, plus warehouse table support_ai.kb_suggestions",
    365,
  ),
  maintenance: {
    promptPolicy: "Lena Vogt (Knowledge Manager)",
    dataMapping: "Tomás Rivera (Support Systems Administrator)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "Tomás Rivera (Support Systems Administrator)",
    vendorApiChanges: "Tomás Rivera (Support Systems Administrator)",
    monthlyReview: "Hannah Okafor (Support Operations Manager)",
  },
  firstLaunch: {
    scope: "English help centre, Billing and Account Settings categories",
    weeklyVolume: 15,
    risk: "low",
    automaticDecisions: false,
    customerFacingOutput: true,
    reviewPath: "The knowledge team edits and publishes every article by hand",
  },
};

const kbSuggestions: DemoProject = {
  name: "Knowledge-base article suggestions",
  description:
    "Spot recurring questions in solved tickets and chats that lack a good help-centre article, and draft a new article or an update for the knowledge team to edit and publish.",
  systems: ["support_desk", "chat"],
  owner: "editor",
  snapshots: [
    snapshot(30, "editor", revise(kbAnswers, { logs: null, testCases: withStatuses(kbCases, "ppp") }), [3, 4, 3, 3, null, 3, 3]),
    snapshot(12, "editor", kbAnswers, [4, 4, 3, 4, 3, 4, 3]),
  ],
  draft: {
    answers: kbAnswers,
    scores: scores([4, 4, 4, 4, 3, 4, 4], {
      taxonomyAlignment: "Article categories now match the support desk reason codes.",
      monitoringAlerting: "Weekly report of accepted vs rejected suggestions; no alerting needed for a weekly batch.",
      trainingReadiness: "Knowledge team trained; evaluation set refresh still has no named owner.",
    }),
  },
};

export const KNOWLEDGE_PROJECTS: DemoProject[] = [kbSuggestions];
