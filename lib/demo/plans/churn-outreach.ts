/**
 * Churn-risk outreach drafts (incomplete): an early plan — the mapping sheet and a first
 * rollout are drafted; contracts, exceptions and access controls are still to write.
 */
import { kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

export const churnOutreachPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Weekly usage report lands in the CS inbox", "Felix Nakamura (Data Platform Lead)", "data_warehouse", "CS Operations"],
      ["CS Ops filters accounts with a usage drop in a spreadsheet", "Aisha Karim (CS Operations)", "data_warehouse", "CSM", "mr"],
      ["CSM checks consent and writes a check-in email", "CSM", "crm", "Customer"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "product_usage_event",
        from: "data_warehouse",
        to: "crm",
        conflictRule: "The warehouse owns usage; the CRM copy is replaced by each weekly load.",
        fields: [
          ["account_key", "Account.Warehouse_Id__c", "", "ri"],
          ["weekly_active_users", "WAU__c", "integer", "r"],
          ["wau_change_pct", "WAU_Change__c", "percent, one decimal", "r"],
          ["top_dropped_feature", "Dropped_Feature__c", "feature display name"],
          ["drop_severity", "Usage_Drop__c", "", "s", "minor=Watch; major=Drop; severe=Severe drop"],
          ["week_start", "Usage_Week__c", "Monday, UTC"],
        ],
      },
      {
        object: "custom:Email consent",
        from: "marketing_automation",
        to: "crm",
        conflictRule: "Marketing automation owns consent; the CRM copy is read-only and a missing value means no email.",
        fields: [
          ["email", "Contact.Email", "lower-case", "i"],
          ["subscribed", "Contact.CS_Email_Consent__c", "yes/no; unknown is no", "r"],
          ["consent_updated_at", "Contact.Consent_Updated__c", "ISO 8601, UTC"],
        ],
      },
      {
        object: "internal_task",
        from: "other",
        to: "crm",
        conflictRule: "One open 'usage drop review' task per account; a CSM-closed task is not reopened for the same week.",
        fields: [
          ["subject", "Task.Subject", "'Usage drop review: ' + account name", "r"],
          ["due_date", "Task.ActivityDate", "3 business days out"],
        ],
      },
    ]),
    rollout: rollout(today, [
      {
        name: "Drafts for one CSM pod",
        stage: "pilot",
        scope: "Six CSMs, mid-market book",
        writes: true,
        entry: "Consent flags synced and checked",
        exit: "Touch within 5 days on 60% of drops",
        rollback: "An email drafted for an unsubscribed contact: stop drafting",
        days: [-9, 21],
      },
    ]),
    kpis: [
      kpi("Accounts touched within 5 business days of a drop", "operational", "%", [22, 75, "higher"], "Aisha Karim"),
      kpi("Drafts sent after edits", "operational", "%", [0, 60, "higher"], "Aisha Karim", { noBaseline: true }),
    ],
    roi: { runsPerMonth: 180, minutesSavedPerRun: 15, hourlyCost: 60, currency: "USD" },
  },
  actionContracts: [
    { riskTier: "high", trigger: "A usage drop is flagged for the account", expectedOutput: "Check-in email in the CSM's outbox" },
    { riskTier: "low", trigger: "A usage drop is flagged for the account", expectedOutput: "A review task for the CSM" },
  ],
  auditLogKinds: [],
});
