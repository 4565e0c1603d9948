/** Northwind Revenue Ops — sales-facing projects: lead intake, call notes, meeting briefs. */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- Lead intake enrichment (ready)

const leadCases = [
  testCase(
    "Two people from the same company submit the form a day apart, one from a subsidiary's domain",
    "duplicate_accounts",
    "Both leads attach to the existing parent account and a merge suggestion goes to sales ops; no new account is created.",
  ),
  testCase(
    "Form sent from a personal Gmail address with the company field left blank",
    "missing_fields",
    "No score and no draft; the lead enters the request-info cadence until the company is known.",
  ),
  testCase(
    "Contact is in the CRM as 'Analyst' but the form now says 'Director of Finance Operations'",
    "changed_role",
    "The title change is suggested for the SDR to confirm; routing uses the new seniority only once confirmed.",
  ),
  testCase(
    "An existing Northwind Billing customer asks for a demo of the Support add-on",
    "multi_product",
    "Routed to the account executive who owns the account instead of the territory queue; the draft mentions the current product.",
  ),
  testCase(
    "Marketing automation shows the contact as unsubscribed, but the form ticks 'Contact me about a demo'",
    "conflicting_notes",
    "The newer consent wins only if it is the form; otherwise human review, and no email is drafted until consent is settled.",
  ),
  testCase(
    "The use-case field says 'please delete all data you hold about me'",
    "legal_or_refund_risk",
    "No enrichment and no draft; the lead goes to the privacy request queue.",
  ),
];

const leadAnswers: Answers = {
  workflow: {
    name: "Inbound demo request triage",
    startEvent: "A 'Talk to sales' form is submitted and the lead syncs from marketing automation to the CRM",
    endState: "Lead is enriched, scored and assigned to the territory SDR, with a first-touch email the SDR approved",
    owner: "Dana Whitfield, VP Revenue Operations",
    outcome: {
      metric: "Median time from form submission to first SDR touch",
      baseline: "3 h 10 min (last quarter)",
      target: "Under 45 min",
    },
  },
  sourceOfTruth: [
    object(
      "account",
      "crm",
      "read",
      "one_way",
      "CRM wins; marketing automation receives account changes on the 15-minute sync and never writes back.",
    ),
    object(
      "contact",
      "crm",
      "suggest",
      "bidirectional",
      "Field-level: marketing automation owns consent and campaign fields, the CRM owns the rest. AI output goes to suggestion fields an SDR accepts.",
    ),
    object(
      "custom:Lead score",
      "crm",
      "update",
      "one_way",
      "The AI writes only the 'AI fit score' field; a rep's manual priority always overrides it in routing.",
    ),
    object(
      "custom:Campaign membership",
      "marketing_automation",
      "read",
      "one_way",
      "Marketing automation is the system of record; the CRM copy is read-only.",
    ),
  ],
  dataSources: [
    source("Demo request form", "Company, role, team size and stated use case drive the score and the draft.", [
      "SDRs",
      "Sales operations",
    ]),
    source("Firmographic enrichment service", "Industry, headcount and region for territory routing.", ["SDRs", "Sales operations"], {
      sensitivity: [],
    }),
    source("Campaign touch history", "Webinars and emails the contact engaged with, for the opening line of the draft.", ["SDRs"]),
  ],
  lowConfidence: {
    signal: "Enrichment match below 80%, no territory rule matches, or the email is on a free-mail domain",
    fallbacks: ["human_review", "request_info", "log_for_tuning"],
    escalationOwner: "Sales ops review queue (Priya Shah)",
    escalationTested: true,
  },
  actions: [
    action("Write lead summary to the CRM activity timeline", "crm", "draft", "draft"),
    action("Draft first-touch email for the SDR", "crm", "draft", "draft", { customerFacing: true, revenueOrCx: true }),
    action("Set the AI fit score", "crm", "update", "guardrails"),
    action("Assign the lead to the territory SDR queue", "crm", "trigger", "guardrails"),
  ],
  testCases: leadCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "edit_distance", "downstream_outcome"],
    "Warehouse table revops_ai.lead_intake_runs; dashboard in the RevOps BI workspace",
    400,
  ),
  maintenance: {
    promptPolicy: "Priya Shah (Sales Operations Lead)",
    dataMapping: "Marco Levi (CRM Administrator)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "Sales ops review queue (Priya Shah)",
    vendorApiChanges: "Marco Levi (CRM Administrator)",
    evaluationRefresh: "Priya Shah with two senior SDRs",
    monthlyReview: "Dana Whitfield (VP Revenue Operations)",
  },
  firstLaunch: {
    scope: "Demo requests from North America for the mid-market SDR pod (6 reps)",
    weeklyVolume: 220,
    risk: "medium",
    automaticDecisions: true,
    customerFacingOutput: true,
    reviewPath:
      "The SDR approves or edits every draft in the CRM before it is sent; sales ops reviews AI routing daily for the first month",
  },
};

const leadIntake: DemoProject = {
  name: "Lead intake enrichment",
  description:
    "Enrich inbound demo requests with firmographics and campaign history, score them, route them to the right SDR queue and draft a first-touch email the SDR approves.",
  systems: ["crm", "marketing_automation"],
  owner: "editor",
  snapshots: [
    snapshot(
      42,
      "editor",
      only(revise(leadAnswers, { lowConfidence: { ...leadAnswers.lowConfidence, escalationTested: false } }), [
        "workflow",
        "sourceOfTruth",
        "dataSources",
        "lowConfidence",
        "actions",
      ]),
      [3, 3, 2, 3, null, null, null],
      { taxonomyAlignment: "Lead status values differ between marketing automation (9) and the CRM (6)." },
    ),
    snapshot(
      24,
      "editor",
      revise(leadAnswers, {
        testCases: withStatuses(leadCases, "ppuu"),
        logs: logs(["input_source", "output", "confidence", "approval_decision"], "Warehouse table revops_ai.lead_intake_runs", 400),
        maintenance: { ...leadAnswers.maintenance, evaluationRefresh: "" },
      }),
      [4, 3, 3, 3, 3, 3, 2],
      { trainingReadiness: "SDR pod not yet trained on editing drafts or on the escalation queue." },
    ),
    snapshot(8, "editor", leadAnswers, [4, 4, 3, 4, 3, 3, 3]),
  ],
  draft: {
    answers: leadAnswers,
    scores: scores([4, 4, 3, 4, 4, 3, 3], {
      workflowMapping: "Mapped with sales ops and two SDRs; baseline taken from last quarter's CRM timestamps.",
      dataOwnership: "Every object has one owner; consent stays with marketing automation.",
      taxonomyAlignment: "Lead statuses aligned; disqualification reason codes still differ between the two systems.",
      securityControls: "Zero-retention model endpoint; drafts need SDR approval before anything reaches a prospect.",
      monitoringAlerting: "Routing failures alert #revops-alerts; weekly edit-distance report.",
      rolloutRollback: "Two weeks in shadow mode, then NA mid-market only; rollback = switch routing back to round-robin.",
      trainingReadiness: "SDR pod trained; escalation guide in the sales playbook.",
    }),
  },
};

// ---------------------------------------------------------------- Call notes to CRM (ready)

const callCases = [
  testCase(
    "Prospect joins from a personal email that matches two existing contacts",
    "duplicate_accounts",
    "Suggest linking to the contact on the opportunity's account; create nothing.",
  ),
  testCase(
    "The champion says on the call that they have moved to another team",
    "changed_role",
    "Suggest a role update and flag the opportunity's champion field for the rep.",
  ),
  testCase(
    "Rep's note says close date Q3; on the call the buyer says 'end of this month'",
    "conflicting_notes",
    "Show both, with the transcript quote; keep the rep's close date until the rep accepts the change.",
  ),
  testCase(
    "Call is logged against an opportunity closed-lost six months ago",
    "abandoned_opportunity",
    "Suggest reopening or a new opportunity; never edit the closed one.",
  ),
  testCase(
    "Buyer asks for a 25% discount and changes to the liability clause",
    "legal_or_refund_risk",
    "The summary records the request; no amount or stage suggestion; the deal desk is tagged on the opportunity.",
  ),
  testCase("Call held in Spanish by a bilingual rep", "other", "No field suggestions; summary marked low confidence."),
];

const callAnswers: Answers = {
  workflow: {
    name: "Post-call opportunity update",
    startEvent: "A recorded call with an external participant ends and the transcript is ready in the telephony platform",
    endState: "Call summary is logged on the opportunity and the rep has accepted or rejected each suggested field change",
    owner: "Carlos Mendes, Director of Sales (Mid-Market)",
    outcome: { metric: "Discovery calls with next step and close date updated within 24 h", baseline: "41%", target: "85%" },
  },
  sourceOfTruth: [
    object(
      "opportunity",
      "crm",
      "suggest",
      "one_way",
      "CRM is the record; suggestions land in a pending-changes panel and a rep accepts each one. Rep edits always win.",
    ),
    object(
      "custom:Call recording",
      "telephony",
      "read",
      "one_way",
      "Telephony owns recordings and transcripts; the CRM stores a link only.",
    ),
    object(
      "contact",
      "crm",
      "suggest",
      "one_way",
      "New attendees are suggested; the CRM's duplicate rules decide before anything is created.",
    ),
    object(
      "internal_task",
      "crm",
      "update",
      "one_way",
      "AI-created follow-up tasks are tagged 'AI'; a task the rep deleted is never re-created for the same call.",
    ),
  ],
  dataSources: [
    source("Call transcript", "Source of the summary, next steps and qualification fields.", ["Account executives", "Sales managers"]),
    source(
      "Opportunity stage, amount and close date",
      "Suggestions are shown as changes against current values.",
      ["Account executives", "Sales managers"],
      {
        sensitivity: ["customer", "financial"],
      },
    ),
  ],
  lowConfidence: {
    signal: "Speaker separation below 85%, transcript shorter than 3 minutes, or not in English",
    fallbacks: ["draft_only", "refuse_update", "log_for_tuning"],
    escalationOwner: "Sales operations (Priya Shah)",
    escalationTested: true,
  },
  actions: [
    action("Log call summary on the opportunity", "crm", "draft", "draft"),
    action("Suggest stage, close date and next-step changes", "crm", "recommend", "suggest", { revenueOrCx: true }),
    action("Create follow-up tasks for the rep", "crm", "update", "guardrails"),
    action("Suggest new contacts from call attendees", "crm", "recommend", "suggest"),
  ],
  testCases: callCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "edit_distance", "time_saved", "downstream_outcome"],
    "Warehouse table revops_ai.call_note_runs",
    365,
  ),
  maintenance: {
    promptPolicy: "Priya Shah (Sales Operations Lead)",
    dataMapping: "Marco Levi (CRM Administrator)",
    accessReviews: "Sam Whitaker (IT Security), quarterly",
    failedWorkflowTriage: "Sales ops queue (Priya Shah)",
    vendorApiChanges: "Marco Levi (CRM Administrator)",
    evaluationRefresh: "Ruth Adler (Sales Enablement)",
    monthlyReview: "Carlos Mendes (Director of Sales, Mid-Market)",
  },
  firstLaunch: {
    scope: "Discovery and demo calls of the mid-market AE team (9 reps)",
    weeklyVolume: 140,
    risk: "low",
    automaticDecisions: true,
    customerFacingOutput: false,
    reviewPath: "Reps accept or reject each suggestion in the pending-changes panel; sales ops samples 10% weekly",
  },
};

const callNotes: DemoProject = {
  name: "Call notes to CRM",
  description:
    "Turn recorded sales calls into a summary, next steps and qualification-field suggestions on the opportunity, each accepted or rejected by the rep.",
  systems: ["telephony", "crm"],
  owner: "owner",
  snapshots: [
    snapshot(28, "owner", revise(callAnswers, { testCases: withStatuses(callCases, "ppfuuu") }), [4, 3, 3, 3, 3, 3, 3], {
      rolloutRollback: "Conflicting close dates overwrote the rep's value in sandbox; fix in progress.",
    }),
    snapshot(14, "editor", callAnswers, [4, 4, 3, 4, 3, 3, 3]),
  ],
  draft: {
    answers: callAnswers,
    scores: scores([4, 4, 4, 4, 3, 4, 3], {
      taxonomyAlignment: "Qualification fields and stage names agreed with sales leadership.",
      rolloutRollback: "Pilot with 9 reps; rollback = disable the pending-changes panel, summaries stay.",
    }),
  },
};

export const SALES_PROJECTS: DemoProject[] = [leadIntake, callNotes];
