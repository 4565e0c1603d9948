/**
 * Globex Customer Support — the second demo organization (support desk, chat, telephony).
 * In Globex the demo "editor" login is the organization owner and the demo "owner" login an
 * editor (see `../demo-accounts.ts`); the viewer login is not a member, so it owns nothing here.
 */
import type { Answers } from "@/lib/readiness";
import { action, logs, object, only, revise, scores, snapshot, source, testCase, withStatuses } from "./build";
import type { DemoProject } from "./types";

// ---------------------------------------------------------------- After-call summaries (ready)

const afterCallCases = [
  testCase(
    "Caller has two open tickets and the call covers both",
    "multi_product",
    "Summary is attached to the ticket the agent picked; the other ticket is linked, not edited.",
  ),
  testCase("Call transferred twice between queues", "conflicting_notes", "One summary covering all legs, naming each agent."),
  testCase(
    "Caller reads out a full card number",
    "legal_or_refund_risk",
    "Card number is masked in the transcript and never reaches the summary.",
  ),
  testCase(
    "Caller is not in the support desk (new number)",
    "missing_fields",
    "Summary is held as a draft until the agent links a contact.",
  ),
  testCase(
    "Caller asks for a refund of last month's plan fee",
    "legal_or_refund_risk",
    "Disposition 'billing – refund request'; no promise in the summary.",
  ),
];

const afterCallAnswers: Answers = {
  workflow: {
    name: "After-call work: summary and disposition",
    startEvent: "A support call ends in the telephony platform and its transcript is available",
    endState: "The ticket holds an agent-approved summary and disposition code, and the agent is back in 'available' state",
    owner: "Marta Kowalski, Director of Customer Support",
    outcome: { metric: "Average after-call work time per call", baseline: "3 min 40 s", target: "1 min 30 s" },
  },
  sourceOfTruth: [
    object(
      "ticket",
      "support_desk",
      "suggest",
      "one_way",
      "The support desk owns the ticket; the summary and disposition are suggestions the agent confirms.",
    ),
    object(
      "custom:Call recording",
      "telephony",
      "read",
      "one_way",
      "Telephony owns recordings and transcripts (PCI pause applied at source).",
    ),
    object("contact", "support_desk", "read", "one_way", "Support desk contact record wins; caller ID is matched, never created."),
  ],
  dataSources: [
    source("Call transcript with card numbers masked", "Summary and disposition.", ["Support agents", "Team leads", "QA analysts"]),
    source("Disposition code list", "Allowed codes only.", ["Support agents", "Team leads", "QA analysts"], { sensitivity: [] }),
  ],
  lowConfidence: {
    signal: "Transcript confidence below 80%, or more than one plausible disposition",
    fallbacks: ["draft_only", "human_review", "log_for_tuning"],
    escalationOwner: "Team lead on shift",
    escalationTested: true,
  },
  actions: [
    action("Write call summary as a draft internal note", "support_desk", "draft", "draft"),
    action("Suggest disposition code", "support_desk", "recommend", "suggest"),
  ],
  testCases: afterCallCases,
  logs: logs(
    ["input_source", "output", "confidence", "approval_decision", "edit_distance", "time_saved"],
    "Support desk audit log; weekly QA export",
    365,
  ),
  maintenance: {
    promptPolicy: "Chloe Martin (Quality Lead)",
    dataMapping: "Nina Patel (Support Systems Administrator)",
    accessReviews: "Ravi Menon (InfoSec), quarterly",
    failedWorkflowTriage: "Nina Patel (Support Systems Administrator)",
    vendorApiChanges: "Yusuf Demir (Telephony Administrator)",
    evaluationRefresh: "Chloe Martin (Quality Lead)",
    monthlyReview: "Marta Kowalski (Director of Customer Support)",
  },
  firstLaunch: {
    scope: "Billing support queue, day shift (22 agents)",
    weeklyVolume: 1800,
    risk: "low",
    automaticDecisions: false,
    customerFacingOutput: false,
    reviewPath: "Agent confirms or edits each summary and code; QA reviews 5% of calls",
  },
};

const afterCall: DemoProject = {
  name: "After-call summaries and dispositions",
  description:
    "Summarise each support call from its transcript and suggest the disposition code, so agents confirm instead of typing during after-call work.",
  systems: ["telephony", "support_desk"],
  owner: "editor",
  snapshots: [
    snapshot(25, "editor", revise(afterCallAnswers, { testCases: withStatuses(afterCallCases, "ppp"), maintenance: null }), [
      4,
      3,
      3,
      3,
      3,
      3,
      null,
    ]),
    snapshot(9, "owner", afterCallAnswers, [4, 4, 3, 4, 3, 3, 3]),
  ],
  draft: {
    answers: afterCallAnswers,
    scores: scores([4, 4, 4, 4, 3, 3, 4], {
      taxonomyAlignment: "Disposition codes cleaned up: 64 codes reduced to 21.",
      trainingReadiness: "Billing queue trained; team leads own coaching on edits.",
    }),
  },
};

// ---------------------------------------------------------------- Chat order-status answers (blocked)

const orderCases = [
  testCase("Order split into two shipments", "multi_product", "Both tracking links are given with their items."),
  testCase(
    "Customer asks from a different email than the order's",
    "changed_role",
    "No order details until the customer verifies the order number and postcode.",
  ),
  testCase("Carrier tracking not updated for 6 days", "stale_policy", "Hand over to an agent; no delivery estimate."),
  testCase(
    "Customer asks to cancel and refund the order in the same chat",
    "legal_or_refund_risk",
    "Hand over to an agent with the order attached.",
    "untested",
  ),
];

const orderAnswers: Answers = {
  workflow: {
    name: "Where-is-my-order chat",
    startEvent: "A customer opens web chat and asks about an order",
    endState: "The customer has the order status and tracking link, or is handed to an agent with the order attached",
    owner: "Marta Kowalski, Director of Customer Support",
    outcome: {
      metric: "Order-status chats resolved without an agent",
      baseline: "0% (all handled by agents)",
      target: "60% with CSAT at or above 85%",
    },
  },
  sourceOfTruth: [
    object("custom:Order", "other", "read", "one_way", "The order management system is authoritative; chat only reads it."),
    object("ticket", "support_desk", "trigger", "one_way", "A ticket is created on handover; an agent's edits always win."),
  ],
  dataSources: [
    source(
      "Order and shipment status (order management system)",
      "Answer the customer's question.",
      ["Customers in chat", "Support agents"],
      {
        sensitivity: ["customer"],
      },
    ),
  ],
  lowConfidence: {
    signal: "Order not found, more than one order matches, or the customer asks for a change",
    fallbacks: ["human_review", "request_info"],
    escalationOwner: "Chat queue team lead",
    escalationTested: false,
  },
  actions: [
    action("Reply with order status and tracking link", "chat", "trigger", "automated", {
      customerFacing: true,
      revenueOrCx: true,
      shadowModeFirst: false,
    }),
    action("Hand over to an agent with a ticket", "support_desk", "trigger", "guardrails"),
  ],
  testCases: orderCases,
  logs: logs(["input_source", "output", "confidence"], "Chat platform conversation logs", 90),
  maintenance: {
    promptPolicy: "Marta Kowalski (Director of Customer Support)",
    dataMapping: "Nina Patel (Support Systems Administrator)",
    failedWorkflowTriage: "Chat queue team lead",
    vendorApiChanges: "Nina Patel (Support Systems Administrator)",
    monthlyReview: "Marta Kowalski (Director of Customer Support)",
  },
  firstLaunch: {
    scope: "All web chats that mention an order, every market",
    weeklyVolume: 4200,
    risk: "high",
    automaticDecisions: true,
    customerFacingOutput: true,
    reviewPath: "",
  },
};

const orderStatus: DemoProject = {
  name: "Chat order-status answers",
  description:
    "Answer where-is-my-order questions in web chat straight from the order management system, handing over to an agent when the order cannot be found.",
  systems: ["chat", "support_desk", "other"],
  owner: "owner",
  snapshots: [
    snapshot(19, "owner", only(orderAnswers, ["workflow", "sourceOfTruth", "dataSources", "actions"]), [3, 3, 3, 2, null, null, null], {
      securityControls: "Order details would be shown before the customer is verified.",
    }),
    snapshot(5, "owner", revise(orderAnswers, { testCases: withStatuses(orderCases, "ppu") }), [3, 3, 3, 3, 3, 2, 3], {
      rolloutRollback: "Launch planned for every market at once with no agent review.",
    }),
  ],
  remediation: { startDaysAgo: 9 },
  draft: {
    answers: orderAnswers,
    scores: scores([4, 3, 3, 3, 3, 2, 3], {
      securityControls: "Order number plus postcode verification before any detail is shown.",
      rolloutRollback: "Still a big-bang launch; proposal for a one-market pilot with agent review under discussion.",
    }),
  },
};

// ---------------------------------------------------------------- Voicemail-to-ticket triage (incomplete)

const voicemailAnswers: Answers = {
  workflow: {
    name: "Out-of-hours voicemail triage",
    startEvent: "A caller leaves a voicemail on the support line outside opening hours",
    endState: "A ticket with transcript, caller match, urgency and queue is waiting for the morning shift",
    owner: "Ben Carter, Workforce Management Lead",
    outcome: { metric: "Voicemails called back within 2 opening hours", baseline: "48%", target: "90%" },
  },
  sourceOfTruth: [
    object(
      "custom:Voicemail",
      "telephony",
      "read",
      "one_way",
      "Telephony keeps the recording; the ticket holds a link and the transcript.",
    ),
    object("ticket", "support_desk", "update", "one_way", "The AI sets queue and urgency on the new ticket; any agent change wins."),
    object("contact", "support_desk", "read", "one_way", "Caller ID is matched against support desk contacts; no contact is created."),
  ],
  dataSources: [
    source("Voicemail transcript", "Reason for the call and urgency.", ["Support agents", "Team leads"]),
    source("Caller ID match", "Link the ticket to the customer.", ["Support agents", "Team leads"]),
  ],
  lowConfidence: {
    signal: "Transcript confidence below 70% or no caller match",
    fallbacks: ["human_review", "log_for_tuning"],
    escalationOwner: "Morning shift team lead",
    escalationTested: false,
  },
  actions: [
    action("Create a ticket with transcript and caller match", "support_desk", "trigger", "guardrails"),
    action("Set queue and urgency", "support_desk", "update", "guardrails"),
  ],
  testCases: [
    testCase("Caller leaves two voicemails five minutes apart", "duplicate_accounts", "One ticket with both transcripts."),
    testCase("Voicemail in Polish", "other", "Routed to the Polish-speaking queue; transcript marked low confidence.", "untested"),
    testCase(
      "Caller withholds their number and leaves no name",
      "missing_fields",
      "Ticket created in the triage queue; no contact linked.",
    ),
  ],
};

const voicemail: DemoProject = {
  name: "Voicemail-to-ticket triage",
  description:
    "Turn out-of-hours voicemails into tickets with a transcript, caller match, urgency and queue, ready for the morning shift to call back.",
  systems: ["telephony", "support_desk"],
  owner: "editor",
  snapshots: [
    snapshot(16, "editor", only(voicemailAnswers, ["workflow", "sourceOfTruth"]), [3, 3, null, null, null, null, null]),
    snapshot(4, "owner", only(voicemailAnswers, ["workflow", "sourceOfTruth", "dataSources", "lowConfidence"]), [
      4,
      3,
      3,
      3,
      3,
      null,
      null,
    ]),
  ],
  draft: { answers: voicemailAnswers, scores: scores([4, 3, 3, 3, 3, null, null]) },
};

export const GLOBEX_PROJECTS: DemoProject[] = [afterCall, orderStatus, voicemail];
