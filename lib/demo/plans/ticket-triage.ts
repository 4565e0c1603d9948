/**
 * Ticket triage and routing (blocked): the mapping sheet repeats the answers' open question —
 * status and priority sync both ways between ITSM and the support desk with no conflict rule.
 */
import { accessControls, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

/** ITSM values to support desk values. */
const STATUS = "New=New; In Progress=Open; On Hold=Pending; Resolved=Solved; Closed=Closed";
const PRIORITY = "1 - Critical=Urgent; 2 - High=High; 3 - Moderate=Normal; 4 - Low=Low";

export const ticketTriagePlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Employee raises a ticket in the portal", "Rachel Adeyemi (ITSM Lead)", "itsm", "Service desk"],
      ["Service desk reads the ticket and picks a category", null, "itsm", "Resolver group"],
      ["Agent re-keys customer-impacting tickets into the support desk", "Service desk shift lead", "support_desk", "Support Tier 2", "mr"],
      ["Resolver group reassigns misrouted tickets", "Resolver group leads", "itsm", "Service desk"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "ticket",
        from: "other",
        to: "itsm",
        conflictRule: "The AI fills blank category and priority only; a person's change wins and stops further AI updates on the ticket.",
        fields: [
          ["category", "category", "", "rs", "hardware=Hardware; access=Access request; software=Software; network=Network"],
          ["subcategory", "subcategory", "only values valid for the category"],
          ["priority", "priority", "", "rs", "urgent=1 - Critical; high=2 - High; normal=3 - Moderate; low=4 - Low"],
          ["assignment_group", "assignment_group", "look-up by group name", "r"],
          ["ci", "cmdb_ci", "CI matched by hostname or asset tag", "i"],
          ["ai_confidence", "u_ai_confidence", "0–1"],
        ],
      },
      {
        object: "ticket",
        from: "itsm",
        to: "support_desk",
        fields: [
          ["number", "external_id", "", "ri"],
          ["state", "status", "", "rsbn", STATUS],
          ["priority", "priority", "", "sbn", PRIORITY],
          ["short_description", "subject", "trim, 150 characters", "r"],
          ["work_notes", "internal_comment", "appended, never replaced"],
          ["resolved_at", "solved_at", "ISO 8601, UTC"],
        ],
      },
    ]),
    apiContracts: [
      {
        system: "itsm",
        apiVersion: "Table API (Washington release)",
        rateLimit: "Integration user limited to 50 requests/s",
        retryPolicy: "Backoff, 3 tries",
        versioningRule: "Upgrades follow the platform's twice-yearly release in the sub-production instance",
        authLifecycle: "OAuth client credentials, rotated every 180 days",
      },
      { system: "support_desk", apiVersion: "API v2", rateLimit: "700 requests a minute", retryPolicy: "Backoff on 429" },
    ],
    exceptions: exceptions([
      ["missing_required_field", "review_queue", false, null, "No short description: the service desk triages by hand."],
      ["out_of_order_event", "skip_and_log", false, null, "An older status update arriving late is dropped."],
      ["target_rejects", "dead_letter", false, "ITSM platform team (Jonas Weber)", "The support desk refuses the status."],
    ]),
    accessControls: accessControls(["credentialsPerEnvironment", "secretRotation"]),
    rollout: rollout(today, [
      {
        name: "Suggestions only",
        stage: "shadow",
        scope: "Hardware & Access catalogue; category shown to the service desk, not set",
        writes: false,
        entry: "CMDB match tested",
        exit: "Suggested group right on 90% of tickets",
        rollback: "Stop the suggestion job",
        days: [-35, -12],
      },
      {
        name: "AI sets category and group",
        stage: "controlled_write",
        scope: "Hardware & Access catalogue",
        writes: true,
        entry: "Shadow exit met",
        exit: "Misroutes below 10% for a month",
        rollback: "Misroutes above 20% in a day: back to suggestions only",
        days: [-11, 25],
      },
    ]),
    kpis: [
      kpi("Tickets reassigned at least once", "technical", "%", [27, 10, "lower"], "Rachel Adeyemi", { alert: 20 }),
      kpi("Status mirror failures", "technical", "count a day", [12, 1, "lower"], "Jonas Weber"),
    ],
    roi: { runsPerMonth: 2800, minutesSavedPerRun: 3, hourlyCost: 45, currency: "USD" },
  },
  actionContracts: [
    {
      riskTier: "medium",
      trigger: "A portal ticket is created",
      requiredInputs: "Short description, body, caller, CI",
      expectedOutput: "Category and priority on the ticket",
      failureModes: "CI not found; description empty",
      rollback: "revert",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "medium",
      trigger: "Category set",
      requiredInputs: "Category, CI support group",
      expectedOutput: "Assignment group on the ticket",
      rollback: "revert",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "medium",
      trigger: "Status or priority changes on a linked ticket",
      requiredInputs: "Ticket number, new state",
      expectedOutput: "Same state on the support desk ticket",
      failureModes: "Link missing; support desk refuses the state",
      rollback: "revert",
      credentialScope: "shared_broad",
    },
  ],
  auditLogKinds: ["source_record_id", "target_record_id"],
});
