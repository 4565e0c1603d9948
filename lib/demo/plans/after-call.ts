/** After-call summaries and dispositions (Globex, ready): a read-mostly plan with a couple of open items. */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { supportDeskApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

const AGENT_CONFIRMS = "Drafts only: the agent confirms or edits the note and the code; the agent's choice always wins.";

export const afterCallPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Call ends; the agent enters wrap-up", "Marta Kowalski (Director of Customer Support)", "telephony", "Agent"],
      ["Agent types the summary into the ticket", "Team leads", "support_desk", "Agent", "r"],
      ["Agent picks a disposition code from a list of 48", "Chloe Martin (Quality Lead)", "support_desk", "Quality team"],
      ["QA samples calls and corrects codes", "Chloe Martin (Quality Lead)", "support_desk", "Workforce management"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "custom:Call recording",
        from: "telephony",
        to: "support_desk",
        conflictRule: "Telephony owns the call record; the ticket keeps a copy refreshed on wrap-up.",
        fields: [
          ["call_uuid", "custom_field_call_id", "", "ri"],
          ["queue", "custom_field_queue", "", "s", "billing_day=Billing (day); billing_eve=Billing (evening)"],
          ["agent_id", "assignee_id", "look-up by agent email", "ri"],
          ["talk_time", "custom_field_talk_time", "seconds"],
          ["recording_link", "custom_field_recording", "signed link, 30 days"],
        ],
      },
      {
        object: "ticket",
        from: "other",
        to: "support_desk",
        conflictRule: AGENT_CONFIRMS,
        fields: [
          ["summary", "internal_note_draft", "plain text, 1,500 characters", "r"],
          [
            "disposition",
            "custom_field_disposition_suggested",
            "",
            "rs",
            "billing_question=Billing - question; refund=Billing - refund request; card_update=Billing - payment method; other=Other",
          ],
          ["follow_up_needed", "custom_field_follow_up", "yes/no"],
          ["confidence", "custom_field_ai_confidence", "0–1, two decimals"],
        ],
      },
      {
        object: "contact",
        from: "telephony",
        to: "support_desk",
        conflictRule: "The support desk contact is the record; a caller id only links, never edits.",
        fields: [["caller_number", "requester_phone", "E.164", "i"]],
      },
    ]),
    apiContracts: [
      {
        system: "telephony",
        apiVersion: "Contact centre API 2025-11",
        rateLimit: "20 requests/s",
        retryPolicy: "Transcript fetch retried 3 times over 10 minutes",
        authLifecycle: "Service credentials rotated every 180 days",
      },
      supportDeskApi(),
    ],
    exceptions: exceptions([
      ["missing_required_field", "skip_and_log", false, null, "No transcript: the agent writes the note as before."],
      ["ambiguous_match", "review_queue", false, "Nina Patel (Support Systems Administrator)", "Caller id on two contacts."],
      ["downstream_timeout", "retry", true, null, "Transcript late: retried, then the agent is told."],
    ]),
    accessControls: accessControls(),
    rollout: rollout(today, [
      {
        name: "Shadow on the billing queue",
        stage: "shadow",
        scope: "Drafts generated, not shown; QA compares with the agents' notes",
        writes: false,
        entry: "Card-number masking verified on 500 calls",
        exit: "Suggested code matches QA on 85% of calls",
        rollback: "Stop the job",
        days: [-28, -8],
      },
      {
        name: "Billing queue, day shift",
        stage: "pilot",
        scope: "22 agents; agent confirms every note and code",
        writes: true,
        entry: "Shadow exit met; agents trained",
        exit: "After-call work under 2 minutes for 3 weeks",
        rollback: "QA finds masked data exposed, or code accuracy below 75%: hide the drafts",
        days: [-7, 24],
      },
      {
        name: "All support queues",
        stage: "expansion",
        scope: "Billing, technical and account queues",
        writes: true,
        entry: "Pilot exit met",
        rollback: "Per queue, same thresholds",
        days: [25, 75],
      },
    ]),
    kpis: [
      kpi("Average after-call work time", "operational", "s", [220, 90, "lower"], "Marta Kowalski"),
      kpi("Disposition codes corrected by QA", "operational", "%", [14, 5, "lower"], "Chloe Martin"),
      kpi("Drafts ready at wrap-up", "technical", "%", [0, 97, "higher"], "Nina Patel", { alert: 92 }),
    ],
    roi: { runsPerMonth: 7800, minutesSavedPerRun: 2, hourlyCost: 34, buildCost: 26000, monthlyRunCost: 1500, currency: "EUR" },
    enablement: enablement("weekly", 45, ["leadsTrainedOnFailures"]),
  },
  actionContracts: [
    {
      riskTier: "low",
      trigger: "Wrap-up starts",
      expectedOutput: "A draft internal note on the ticket",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "low",
      trigger: "Draft note written",
      expectedOutput: "A suggested disposition code",
      credentialScope: "per_action",
      marksAiValues: true,
    },
  ],
  auditLogKinds: ["source_record_id", "target_record_id", "failure_reason"],
});
