/**
 * Support reply drafting (blocked): the email drafts are well planned; the chat auto-send is
 * the problem the plan makes plain (a high-tier action without a person in the loop), and
 * the exception plan covers only the easy cases so far.
 */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { supportDeskApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

const AGENT_SENDS = "The draft is an internal note; the agent's sent reply is the record and the draft is never re-applied.";

export const supportRepliesPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Customer emails support or opens a chat", "Hannah Okafor (Support Operations Manager)", "support_desk", "Tier 1 queue"],
      ["Agent searches the help centre for the answer", "Tier 1 team leads", "support_desk", "Agent"],
      ["Agent copies the article text into the reply and edits it", "Tier 1 team leads", "support_desk", "Customer", "r"],
      ["Chat agents send password-reset links by hand", "Chat team lead", "chat", "Customer", "m"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "ticket",
        from: "other",
        to: "support_desk",
        conflictRule: AGENT_SENDS,
        fields: [
          ["ticket_id", "id", "", "ri"],
          ["reply_draft", "internal_note", "markdown to HTML; signature added", "r"],
          ["cited_articles", "custom_field_ai_sources", "article ids, comma-separated"],
          [
            "reason_code",
            "custom_field_reason_suggested",
            "",
            "s",
            "how_to=How-to; billing=Billing question; bug=Possible bug; account=Account access",
          ],
          ["tags", "tags_suggested", "only tags in the taxonomy"],
          ["confidence", "custom_field_ai_confidence", "0–1"],
          ["language", "custom_field_language", "", "s", "en=English; es=Spanish; de=German"],
        ],
      },
      {
        object: "custom:Chat transcript",
        from: "chat",
        to: "support_desk",
        conflictRule: "Chat owns transcripts; the ticket copy is read-only.",
        fields: [
          ["conversation_id", "custom_field_chat_id", "", "ri"],
          ["transcript", "comment", "appended at chat end"],
          ["visitor_email", "requester_email", "lower-case", "i"],
          ["auto_reply_sent", "custom_field_ai_auto_reply", "yes/no"],
        ],
      },
    ]),
    apiContracts: [
      supportDeskApi({ authLifecycle: "OAuth token of the drafting role, rotated every 90 days" }),
      { system: "chat", apiVersion: "Conversations API", rateLimit: "30 messages/s" },
    ],
    exceptions: exceptions([
      ["missing_required_field", "skip_and_log", false, null, "Empty body: no draft."],
      ["downstream_timeout", "retry", true, null, "Model timeout: retried once, then the agent writes as before."],
      ["target_rejects", "dead_letter", true, "Tomás Rivera (Support Systems Administrator)", "Note refused by the support desk."],
    ]),
    accessControls: accessControls(["fieldMasking"]),
    rollout: rollout(today, [
      {
        name: "Email drafts in the How-to queue",
        stage: "pilot",
        scope: "English email, Tier 1 How-to queue",
        writes: true,
        entry: "Knowledge sources approved",
        exit: "First reply under 45 min with CSAT at 92%",
        rollback: "CSAT below 88% for a week: drafts off",
        days: [-21, 9],
      },
      {
        name: "Password-reset chats",
        stage: "controlled_write",
        scope: "Auto-sent chat replies for password resets",
        writes: true,
        entry: "Email pilot exit met",
        rollback: "One wrong-account link: auto-send off at once",
        days: [10, 40],
      },
    ]),
    kpis: [
      kpi("Median first-reply time, Tier 1", "operational", "min", [125, 35, "lower"], "Hannah Okafor"),
      kpi("CSAT on AI-drafted replies", "operational", "%", [92, 93, "higher"], "Hannah Okafor"),
      kpi("Draft generation failures", "technical", "%", [0, 1, "lower"], "Tomás Rivera", { noBaseline: true }),
    ],
    roi: { runsPerMonth: 3900, minutesSavedPerRun: 4, hourlyCost: 38, buildCost: 42000, monthlyRunCost: 2600, currency: "USD" },
    enablement: enablement("weekly", 30, ["leadsTrainedOnFailures", "incidentOwnersPublished"]),
  },
  actionContracts: [
    {
      riskTier: "medium",
      trigger: "A Tier 1 email ticket is created",
      requiredInputs: "Ticket subject and body, plan, help-centre articles",
      expectedOutput: "An internal-note draft citing its articles",
      failureModes: "No article matches; ticket in another language",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    { riskTier: "low", trigger: "Draft written", expectedOutput: "Suggested reason code and tags" },
    {
      riskTier: "high",
      trigger: "A chat visitor asks for a password reset or login link",
      requiredInputs: "Visitor email, account match",
      expectedOutput: "Reset link sent in the chat",
      rollback: "compensating_action",
      rollbackPlan: "Invalidate the link and send a correction",
      credentialScope: "shared_broad",
    },
  ],
  auditLogKinds: [],
});
