/**
 * Renewal health summaries (blocked by its answers): the plan is in progress and honest about
 * it — contract text is not masked yet, stabilization reviews are not planned, and the ROI
 * pays back slowly at the current renewal volume.
 */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { crmApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

export const renewalHealthPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Renewal opportunity opens at T-120 days", "Aisha Karim (CS Operations)", "crm", "CSM"],
      ["CSM exports usage from the BI workspace", "Felix Nakamura (Data Platform Lead)", "data_warehouse", "CSM", "m"],
      ["CSM reads recent tickets and contract terms", "CSM", "support_desk", "CSM"],
      ["CSM writes the risk assessment into the opportunity", "CSM", "crm", "Nadia Brooks (VP Customer Success)", "r"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "product_usage_event",
        from: "data_warehouse",
        to: "crm",
        conflictRule: "The warehouse owns usage; the CRM fields are overwritten by each nightly rollup.",
        fields: [
          ["account_id", "Account.Warehouse_Id__c", "", "ri"],
          ["active_users_30d", "Active_Users_30d__c", "integer"],
          ["seat_utilisation", "Seat_Utilisation__c", "percent, one decimal"],
          ["usage_trend_90d", "Usage_Trend__c", "", "s", "up=Growing; flat=Stable; down=Declining"],
          ["last_login_at", "Last_Login__c", "date, UTC"],
        ],
      },
      {
        object: "custom:Renewal risk",
        from: "other",
        to: "crm",
        conflictRule: "The CSM sets the risk; the AI writes only the suggested level and its reasons.",
        fields: [
          ["suggested_risk", "Suggested_Risk__c", "", "rsb", "low=Low; medium=Medium; high=High; critical=At risk"],
          ["risk_reasons", "Risk_Reasons__c", "three bullet points, 500 characters", "b"],
          ["summary", "Health_Summary__c", "plain text, 2,000 characters", "r"],
          ["sources_used", "Health_Sources__c", "list of source names"],
          ["generated_at", "Health_Generated_At__c", "ISO 8601, UTC"],
        ],
      },
    ]),
    apiContracts: [
      crmApi({ rateLimit: "5,000 calls a day for this integration" }),
      {
        system: "data_warehouse",
        apiVersion: "renewal_health view v2",
        rateLimit: "2 concurrent queries",
        retryPolicy: "Rerun once after 30 minutes",
        versioningRule: "View contract owned by the data platform team",
        authLifecycle: "Service account, key-pair auth",
      },
    ],
    exceptions: exceptions([
      ["missing_required_field", "skip_and_log", false, null, "No usage for the account: summary says so."],
      ["ambiguous_match", "review_queue", false, "CS Ops queue (Aisha Karim)", "Account mapped to two warehouse ids."],
    ]),
    accessControls: accessControls(["fieldMasking", "secretRotation"]),
    rollout: rollout(today, [
      {
        name: "EMEA renewals above $50k",
        stage: "pilot",
        scope: "About 40 renewals a month; the CSM sets the risk",
        writes: true,
        entry: "Model provider switched to zero retention",
        rollback: "A summary quoting contract terms to the wrong account: stop posting",
        days: [-18, 30],
      },
      {
        name: "All renewals above $50k",
        stage: "expansion",
        scope: "Every region",
        writes: true,
        rollback: "Same as the pilot",
        days: [31, 90],
      },
    ]),
    kpis: [
      kpi("Renewals with a risk assessment at T-90", "operational", "%", [38, 90, "higher"], "Aisha Karim"),
      kpi("Risk level changed by the CSM", "operational", "%", [0, 30, "lower"], "Aisha Karim", { noBaseline: true }),
      kpi("Summaries posted on time", "technical", "%", [0, 98, "higher"], "Felix Nakamura", { alert: 95 }),
    ],
    roi: { runsPerMonth: 40, minutesSavedPerRun: 45, hourlyCost: 70, buildCost: 30000, monthlyRunCost: 300, currency: "USD" },
    enablement: enablement("none", 0, ["leadsTrainedOnFailures"]),
  },
  actionContracts: [
    {
      riskTier: "low",
      trigger: "Renewal opportunity reaches T-120 days",
      expectedOutput: "Health summary on the opportunity",
      marksAiValues: true,
    },
    { riskTier: "medium", trigger: "Summary posted", expectedOutput: "Suggested risk level with reasons", credentialScope: "per_action" },
  ],
  auditLogKinds: [],
});
