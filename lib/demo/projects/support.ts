/** Northwind Revenue Ops — support projects: reply drafting, ITSM triage, knowledge-base suggestions. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Support reply drafting (blocked: customer-facing automation)

const replyCases = [
  testCase(
    "Customer asks about the refund window; the policy moved from 30 to 14 days last month but one old article still says 30",
    "stale_policy",
    "The draft cites the current policy page only; the stale article is flagged to the knowledge team.",
  ),
  testCase(
    "Customer on both the Billing and Support modules asks why invoices do not appear in tickets",
    "multi_product",
    "The draft explains the integration setting and links both product articles.",
  ),
  testCase(
    "Customer threatens a chargeback and demands a refund",
    "legal_or_refund_risk",
    "No draft; the ticket moves to the billing specialist queue.",
  ),
  testCase(
    "Anonymous chat visitor with no email address asks about their invoice",
    "missing_fields",
    "The draft asks for the account email before giving any account-specific answer.",
  ),
  testCase(
    "An earlier agent promised a callback in an internal note; the customer now asks in chat",
    "conflicting_notes",
    "The draft acknowledges the pending callback and makes no new promise.",
  ),
  testCase(
    "Password-reset request in chat from an email address that is not on the account",
    "other",
    "No reset link is sent; the conversation goes to identity verification.",
    "untested",
  ),
];

const replyAnswers: Answers = {
  workflow: {
    name: "First reply on Tier 1 tickets",
    startEvent: "A new email ticket or chat conversation lands in the Tier 1 queue",
    endState: "The customer has a first reply sent or approved by an agent, and the ticket carries a reason code",
    owner: "Hannah Okafor, Support Operations Manager",
    outcome: {
      metric: "Median first-reply time in business hours, Tier 1",
      baseline: "2 h 05 min",
      target: "35 min with CSAT at or above 92%",
    },
  },
  sourceOfTruth: [
    object(
      "ticket",
      "support_desk",
      "suggest",
      "one_way",
      "Support desk is the record; the AI adds an internal draft note and suggested tags only.",
    ),
    object(
      "contact",
      "support_desk",
      "read",
      "one_way",
      "Support desk copy wins for ticket work; the CRM sync is nightly and one-way into the desk.",
    ),
    object(
      "custom:Chat transcript",
      "chat",
      "read",
      "one_way",
      "The chat platform owns transcripts; they are copied to the ticket when the chat closes.",
    ),
  ],
  dataSources: [
    source("Ticket subject, body and attachment text", "The question to answer and its context.", ["Tier 1 agents", "Tier 2 agents"]),
    source("Public help-centre articles", "Approved answer content and links.", ["Tier 1 agents", "Tier 2 agents"], { sensitivity: [] }),
    source("Plan and entitlements (support desk organisation fields)", "Stops the draft from promising features the plan lacks.", [
      "Tier 1 agents",
      "Tier 2 agents",
    ]),
  ],
  lowConfidence: {
    signal: "No article above 0.75 similarity, or the ticket mentions cancellation, refund, legal or security",
    fallbacks: ["draft_only", "specialist_queue", "log_for_tuning"],
    escalationOwner: "Tier 2 lead on duty (Support Ops rota)",
    escalationTested: true,
  },
  actions: [
    action("Draft reply as an internal note", "support_desk", "draft", "draft", { customerFacing: true, revenueOrCx: true }),
    action("Suggest reason code and tags", "support_desk", "recommend", "suggest"),
    action("Auto-send password-reset and login-link replies in chat", "chat", "trigger", "guardrails", {
      customerFacing: true,
      revenueOrCx: true,
      shadowModeFirst: false,
    }),
  ],
  testCases: replyCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "edit_distance", "time_saved", "error_category"],
    "Support desk ticket audit log plus warehouse table support_ai.reply_drafts",
    365,
  ),
  maintenance: {
    promptPolicy: "Hannah Okafor (Support Operations Manager)",
    dataMapping: "Tomás Rivera (Support Systems Administrator)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "Support Ops on-call rota",
    vendorApiChanges: "Tomás Rivera (Support Systems Administrator)",
    evaluationRefresh: "Lena Vogt (Knowledge Manager)",
    monthlyReview: "Hannah Okafor with the Tier 1 team leads",
  },
  firstLaunch: {
    scope: "English email tickets in the Tier 1 'How-to' queue, plus password-reset chats",
    weeklyVolume: 900,
    risk: "medium",
    automaticDecisions: true,
    customerFacingOutput: true,
    reviewPath:
      "Agents send or edit every email draft; password-reset chat replies go out automatically and the Tier 1 lead samples them daily",
  },
};

const supportReplies: DemoProject = {
  name: "Support reply drafting",
  description:
    "Draft first replies to email and chat tickets from help-centre articles and the customer's plan, so Tier 1 agents edit instead of writing from scratch.",
  systems: ["support_desk", "chat"],
  owner: "editor",
  snapshots: [
    snapshot(
      30,
      "editor",
      only(revise(replyAnswers, { actions: replyAnswers.actions?.slice(0, 2), testCases: withStatuses(replyCases, "ppu") }), [
        "workflow",
        "sourceOfTruth",
        "dataSources",
        "lowConfidence",
        "actions",
        "testCases",
      ]),
      [3, 3, 3, 3, 3, 2, 3],
      { rolloutRollback: "No pilot queue chosen and no rollback criteria yet." },
    ),
    snapshot(12, "editor", revise(replyAnswers, { testCases: withStatuses(replyCases, "ppppu") }), [4, 4, 3, 4, 3, 3, 4]),
  ],
  remediation: { startDaysAgo: 25 },
  draft: {
    answers: replyAnswers,
    scores: scores([4, 4, 3, 4, 4, 3, 4], {
      securityControls: "Zero-retention endpoint; chat auto-send for password resets still under discussion with IT Security.",
      monitoringAlerting: "Edit distance and CSAT per draft on the Support Ops dashboard.",
      trainingReadiness: "Tier 1 trained on reviewing drafts; playbook updated.",
    }),
  },
};

// ---------------------------------------------------------------- Ticket triage and routing (blocked: triage unowned, sync conflict)

const triageCases = [
  testCase(
    "Forty users report the same VPN outage within ten minutes",
    "other",
    "Tickets link to one parent incident; no forty separate assignments.",
  ),
  testCase(
    "Portal ticket that only says 'doesn't work'",
    "missing_fields",
    "Ask the requester for details; leave the ticket with the service desk.",
  ),
  testCase(
    "Requester moved department; the CMDB still lists the old cost centre",
    "changed_role",
    "Route by the affected service, not the requester's cost centre.",
  ),
  testCase("Ticket from an executive assistant on behalf of the CFO", "other", "Priority P2 at least and assignment to the VIP desk."),
  testCase(
    "A support agent lowers the priority in the support desk while the resolver raises it in the ITSM",
    "conflicting_notes",
    "One value wins by an agreed rule and both systems show it.",
    "untested",
  ),
];

const triageAnswers: Answers = {
  workflow: {
    name: "ITSM ticket triage and assignment",
    startEvent: "A ticket is created in the ITSM from the employee portal, email, or an escalation from the support desk",
    endState:
      "Ticket sits in the right resolver group with category and priority set, and any linked support desk ticket shows the same status",
    owner: "Rachel Adeyemi, IT Service Management Lead",
    outcome: { metric: "Tickets reassigned at least once (misroutes)", baseline: "27%", target: "Below 10%" },
  },
  sourceOfTruth: [
    object("ticket", "itsm", "update", "bidirectional"),
    object("custom:Assignment group", "itsm", "read", "one_way", "Groups are defined in the ITSM; the AI picks from the active list only."),
    object("custom:Configuration item", "itsm", "read", "one_way", "The CMDB is authoritative for services and their owning groups."),
  ],
  dataSources: [
    source("Ticket short description and body", "Category, priority and affected service.", ["Service desk agents", "Resolver groups"], {
      sensitivity: ["employee", "customer"],
    }),
    source(
      "CMDB configuration items",
      "Maps the affected service to its owning resolver group.",
      ["Service desk agents", "Resolver groups"],
      { sensitivity: [] },
    ),
  ],
  lowConfidence: {
    signal: "The top two categories score within 0.1 of each other, or the suggested priority is P1",
    fallbacks: ["human_review", "specialist_queue"],
    escalationOwner: "Service desk shift lead",
    escalationTested: false,
  },
  actions: [
    action("Set category and priority", "itsm", "update", "guardrails"),
    action("Assign to resolver group", "itsm", "update", "guardrails"),
    action("Mirror status and priority to the linked support desk ticket", "support_desk", "update", "automated", {
      idempotencyKey: false,
      shadowModeFirst: false,
    }),
  ],
  testCases: triageCases,
  logs: logs(
    ["input_source", "output", "confidence", "error_category", "downstream_outcome"],
    "ITSM audit tables, exported weekly to the warehouse (itsm_ai.triage_runs)",
    180,
  ),
  maintenance: {
    promptPolicy: "Rachel Adeyemi (ITSM Lead)",
    dataMapping: "ITSM platform team (Jonas Weber)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    vendorApiChanges: "ITSM platform team (Jonas Weber)",
    monthlyReview: "Rachel Adeyemi (ITSM Lead)",
  },
  firstLaunch: {
    scope: "Employee portal tickets in the Hardware & Access catalogue",
    weeklyVolume: 650,
    risk: "medium",
    automaticDecisions: true,
    customerFacingOutput: false,
    reviewPath: "The service desk shift lead reviews AI-assigned tickets hourly during the pilot",
  },
};

const ticketTriage: DemoProject = {
  name: "Ticket triage and routing",
  description:
    "Classify tickets arriving in the ITSM, set category and priority, assign the resolver group, and keep escalations mirrored with the customer support desk.",
  systems: ["itsm", "support_desk"],
  owner: "owner",
  snapshots: [
    snapshot(
      26,
      "owner",
      only(triageAnswers, ["workflow", "sourceOfTruth", "dataSources", "lowConfidence", "actions"]),
      [3, 3, 2, 3, 3, null, null],
      {
        taxonomyAlignment: "ITSM categories and support desk reason codes do not map one to one.",
      },
    ),
    snapshot(10, "owner", revise(triageAnswers, { testCases: triageCases.slice(0, 4) }), [4, 3, 3, 3, 3, 3, 3]),
  ],
  remediation: { startDaysAgo: 18 },
  draft: {
    answers: triageAnswers,
    scores: scores([4, 3, 3, 3, 3, 3, 3], {
      dataOwnership: "Ticket status syncs both ways between ITSM and support desk; who wins is not agreed yet.",
      trainingReadiness: "Service desk briefed; nobody named for failed runs between service desk and platform team.",
    }),
  },
};

export const SUPPORT_PROJECTS: DemoProject[] = [supportReplies, ticketTriage];
