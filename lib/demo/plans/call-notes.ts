/**
 * Call notes to CRM (ready): a solid plan with the gaps a busy team leaves: one KPI not yet
 * measured, secrets not on a rotation schedule, and team leads not yet trained on failures.
 */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { crmApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

const REP_ACCEPTS = "Suggestions land in the pending-changes panel; the rep's value stays until the rep accepts the change.";
const LINK_ONLY = "Telephony owns recordings; the CRM keeps a link and metadata only, refreshed on each call.";

export const callNotesPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Call ends and the recording is transcribed", "Telephony administrator", "telephony", "Account executive"],
      ["Rep writes notes from memory into the opportunity", "Carlos Mendes (Director of Sales)", "crm", "Sales manager", "r"],
      ["Rep updates stage, close date and next step", "Carlos Mendes (Director of Sales)", "crm", "Forecast review"],
      ["Sales manager chases missing updates before the forecast call", "Sales managers", "crm", "Sales operations", "m"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "custom:Call recording",
        from: "telephony",
        to: "crm",
        conflictRule: LINK_ONLY,
        fields: [
          ["call_id", "Call_Id__c", "", "ri"],
          ["recording_url", "Recording_Link__c", "signed link, 30-day expiry", "r"],
          ["duration_seconds", "Duration__c", "seconds to minutes, rounded"],
          ["direction", "Call_Direction__c", "", "s", "inbound=Inbound; outbound=Outbound"],
          ["started_at", "Call_Start__c", "ISO 8601, UTC"],
        ],
      },
      {
        object: "opportunity",
        from: "other",
        to: "crm",
        conflictRule: REP_ACCEPTS,
        fields: [
          ["summary", "AI_Call_Summary__c", "markdown to plain text, 4,000 characters", "r"],
          ["next_step", "Pending_Next_Step__c", "255 characters"],
          ["close_date", "Pending_Close_Date__c", "date; only when a date is said on the call"],
          [
            "stage",
            "Pending_Stage__c",
            "",
            "s",
            "discovery=Qualification; evaluation=Technical Evaluation; proposal=Proposal; negotiation=Negotiation",
          ],
          ["competitors", "Pending_Competitors__c", "multi-select; unknown names dropped"],
          ["transcript_quote", "AI_Evidence_Quote__c", "the sentence each suggestion rests on"],
        ],
      },
      {
        object: "contact",
        from: "telephony",
        to: "crm",
        conflictRule: "New attendees are suggested only; the CRM's duplicate rules decide before anything is created.",
        fields: [
          ["participant_email", "Suggested_Contact_Email__c", "lower-case, trim", "i"],
          ["participant_name", "Suggested_Contact_Name__c", "trim"],
        ],
      },
      {
        object: "internal_task",
        from: "other",
        to: "crm",
        conflictRule: "AI tasks are tagged 'AI'; a task the rep deleted is never re-created for the same call.",
        fields: [
          ["follow_up", "Task.Subject", "imperative, 80 characters", "r"],
          ["due_in_days", "Task.ActivityDate", "call date plus the days said, business days"],
          ["owner", "Task.OwnerId", "the call's rep", "i"],
        ],
      },
    ]),
    apiContracts: [
      {
        system: "telephony",
        apiVersion: "Recordings API v2",
        rateLimit: "50 requests/s per account",
        retryPolicy: "Webhook redelivered by the vendor for 24 h; our consumer is idempotent on call_id",
        versioningRule: "Pinned v2; v3 evaluated in sandbox before any switch",
        authLifecycle: "OAuth app credentials, rotated by hand once a year",
        changeWatch: "Vendor developer newsletter",
      },
      crmApi({
        rateLimit: "Shared org limit; this integration is capped at 10,000 calls a day",
        retryPolicy: "Backoff from 2 s, 5 tries, then the sales ops queue",
      }),
    ],
    exceptions: exceptions([
      ["missing_required_field", "skip_and_log", false, null, "No opportunity linked to the call: summary kept on the call record only."],
      ["record_exists", "merge", false, null, "A summary already exists for the call: the newer one replaces the AI field only."],
      [
        "ambiguous_match",
        "review_queue",
        false,
        "Sales operations (Priya Shah)",
        "Attendee matches two contacts: suggestion held for the rep.",
      ],
      [
        "target_rejects",
        "dead_letter",
        true,
        "Marco Levi (CRM Administrator)",
        "Validation errors land in the dead-letter view with the payload.",
      ],
      ["partial_failure", "retry", true, null, "Summary written, tasks failed: the tasks alone are retried."],
    ]),
    accessControls: accessControls(["secretRotation"]),
    rollout: rollout(today, [
      {
        name: "Sandbox with last month's calls",
        stage: "sandbox",
        scope: "300 recorded calls replayed",
        writes: false,
        entry: "Mapping reviewed with sales leadership",
        exit: "Reps rate 80% of summaries useful; no suggestion on a closed opportunity",
        rollback: "Sandbox only",
        days: [-40, -26],
      },
      {
        name: "Pilot: mid-market AEs",
        stage: "pilot",
        scope: "Nine reps; suggestions need the rep's accept",
        writes: true,
        entry: "Sandbox exit met",
        exit: "85% of calls updated within 24 h for three weeks",
        rollback: "More than 5% of accepted suggestions reverted in a week: hide the panel, summaries stay",
        days: [-25, 9],
      },
      {
        name: "All AE teams",
        stage: "expansion",
        scope: "Enterprise and mid-market, 40 reps",
        writes: true,
        entry: "Pilot exit met",
        rollback: "Same threshold per team",
        days: [10, 60],
      },
    ]),
    kpis: [
      kpi("Calls with next step and close date updated within 24 h", "operational", "%", [41, 85, "higher"], "Carlos Mendes"),
      kpi("Suggestions accepted", "operational", "%", [0, 70, "higher"], "Priya Shah", { noBaseline: true }),
      kpi("Summary write failures", "technical", "%", [1.8, 0.5, "lower"], "Marco Levi", { alert: 1 }),
    ],
    roi: { runsPerMonth: 600, minutesSavedPerRun: 8, hourlyCost: 75, buildCost: 24000, monthlyRunCost: 700, currency: "USD" },
    enablement: enablement("weekly", 45, ["leadsTrainedOnFailures"]),
  },
  actionContracts: [
    {
      riskTier: "low",
      trigger: "Transcript ready for a call with an external participant",
      expectedOutput: "Summary on the opportunity",
      marksAiValues: true,
    },
    {
      riskTier: "medium",
      trigger: "Summary written",
      requiredInputs: "Transcript, current stage, close date and next step",
      expectedOutput: "Pending changes the rep accepts or rejects",
      failureModes: "Opportunity closed; conflicting dates in the transcript",
      credentialScope: "per_action",
    },
    {
      riskTier: "low",
      trigger: "Summary written and the call names a follow-up",
      requiredInputs: "Follow-up text, rep, call date",
      validations: "At most three tasks per call; never on a closed opportunity",
      expectedOutput: "CRM tasks tagged 'AI' on the rep's list",
      failureModes: "Rep inactive; opportunity closed; API limit",
      rollback: "revert",
      rollbackPlan: "Delete the AI-tagged tasks of the call",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "low",
      trigger: "A new attendee joins the call",
      expectedOutput: "Contact suggestion for the rep",
      credentialScope: "per_action",
    },
  ],
  auditLogKinds: ["source_record_id", "target_record_id", "failure_reason"],
});
