/**
 * Meeting-prep briefs (ready): read-only, so the mapping sheet is declared not applicable
 * with its reason; the rest of the plan is short because little can go wrong.
 */
import { accessControls, enablement, exceptions, kpi, rollout, workflowMap } from "./build-plan";
import { crmApi, supportDeskApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

export const meetingBriefsPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Customer meeting lands in the AE's calendar", "Account executive", "crm", "Account executive"],
      ["AE reads open opportunities and contract dates", "Account executive", "crm", "Account executive"],
      ["AE asks support for recent tickets in Slack", "Account executive", "support_desk", "Support team lead", "m"],
      ["AE pulls a usage chart from the BI workspace", "Felix Nakamura (Data Platform Lead)", "data_warehouse", "Account executive", "m"],
    ]),
    apiContracts: [
      crmApi({
        rateLimit: "Read-only integration user, 5,000 calls a day",
        retryPolicy: "3 tries with backoff; a brief without CRM data is not produced",
      }),
      supportDeskApi({
        retryPolicy: "3 tries; the brief says when tickets could not be read",
        authLifecycle: "OAuth token of a read-only agent seat, rotated every 90 days",
      }),
      {
        system: "data_warehouse",
        apiVersion: "usage_rollup view v4",
        rateLimit: "Queries on the reporting warehouse, 2 concurrent",
        retryPolicy: "Rerun once; the brief omits usage when the rollup is late",
        versioningRule: "View contract owned by the data platform team; breaking changes announced two sprints ahead",
        authLifecycle: "Service account with key-pair auth, rotated every 90 days",
      },
    ],
    exceptions: exceptions([
      ["missing_required_field", "skip_and_log", false, null, "No account on the meeting: no brief, logged for sales ops."],
      ["ambiguous_match", "review_queue", false, "Sales ops queue (Priya Shah)", "Attendee domain matches two accounts."],
      ["downstream_timeout", "retry", true, null, "Warehouse late: the brief goes out without usage, marked as such."],
    ]),
    accessControls: accessControls(),
    rollout: rollout(today, [
      {
        name: "Shadow briefs",
        stage: "shadow",
        scope: "Briefs generated for 5 AEs, not attached",
        writes: false,
        entry: "Sources approved by IT Security",
        exit: "AEs rate 4 of 5 or better on 80% of briefs",
        rollback: "Stop generating; nothing was attached",
        days: [-30, -11],
      },
      {
        name: "Enterprise AE team",
        stage: "pilot",
        scope: "Meetings with existing customers only",
        writes: true,
        entry: "Shadow exit met",
        exit: "Preparation time down to 15 min in calendar sampling",
        rollback: "Two briefs with wrong-account data in a week: stop attaching briefs",
        days: [-10, 20],
      },
      {
        name: "All account teams",
        stage: "full",
        scope: "Every customer meeting booked in the CRM",
        writes: true,
        entry: "Pilot exit met",
        rollback: "Same threshold, per team",
        days: [21, 80],
      },
    ]),
    kpis: [
      kpi("Preparation time per meeting", "operational", "min", [35, 10, "lower"], "Carlos Mendes"),
      kpi("Briefs rated useful", "operational", "%", [0, 80, "higher"], "Ruth Adler (Sales Enablement)"),
      kpi("Briefs delivered an hour before the meeting", "technical", "%", [0, 98, "higher"], "Felix Nakamura", { alert: 95 }),
    ],
    roi: { runsPerMonth: 520, minutesSavedPerRun: 20, hourlyCost: 80, buildCost: 18000, monthlyRunCost: 400, currency: "USD" },
    enablement: enablement("biweekly", 30),
    notApplicable: {
      fieldMappings:
        "Read-only integration: the brief is a note attached to the calendar event; no field is synced or written in any system.",
    },
  },
  actionContracts: [
    {
      riskTier: "low",
      trigger: "A customer meeting is booked 24 h ahead or less",
      requiredInputs: "Account, open opportunities, tickets of the last 60 days, usage rollup",
      expectedOutput: "A one-page brief attached to the CRM event",
      failureModes: "No account match; warehouse late",
      rollback: "revert",
      rollbackPlan: "Remove the attachment",
      credentialScope: "per_action",
      marksAiValues: true,
    },
  ],
  auditLogKinds: ["source_record_id", "target_record_id", "failure_reason"],
});
