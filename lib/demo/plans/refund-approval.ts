/**
 * Refund approval assistant (blocked by a failing test): a careful plan — every action is
 * high tier with a specialist's approval — held back by its answers, not by the plan.
 */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { billingApi, supportDeskApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

const SPECIALIST_DECIDES = "The billing specialist's decision is final; the AI writes only its recommendation fields.";

export const refundApprovalPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Customer asks for a refund by ticket", "Owen Brandt (Billing Operations Lead)", "support_desk", "Billing specialists"],
      ["Specialist looks up invoices and payments", "Billing specialists", "billing", "Billing specialists"],
      ["Specialist checks the contract's refund clause", null, "crm", "Billing specialists"],
      ["Specialist keys the refund into billing", "Billing specialists", "billing", "Controller (over $500)", "r"],
      ["Agent writes the decision to the customer", "Support team leads", "support_desk", "Customer"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "invoice",
        from: "billing",
        to: "other",
        conflictRule: "Read-only copy for the recommendation; billing is the record.",
        fields: [
          ["invoice_id", "invoice_id", "", "ri"],
          ["amount_paid", "amount_paid", "minor units to decimal", "r"],
          ["currency", "currency", "ISO 4217", "r"],
          ["paid_at", "paid_at", "date, UTC"],
          ["plan_interval", "plan_interval", "", "s", "month=monthly; year=annual"],
        ],
      },
      {
        object: "approval_status",
        from: "other",
        to: "billing",
        conflictRule: SPECIALIST_DECIDES,
        fields: [
          [
            "recommendation",
            "ai_refund_recommendation",
            "",
            "rs",
            "approve=Recommend approve; decline=Recommend decline; escalate=Needs controller",
          ],
          ["policy_clause", "ai_policy_clause", "clause number and quoted text", "r"],
          ["refund_amount", "draft_refund_amount", "decimal to minor units; never above amount paid", "r"],
          [
            "refund_reason",
            "draft_refund_reason",
            "",
            "s",
            "service_issue=Service issue; duplicate=Duplicate charge; cancellation=Cancellation in window",
          ],
          ["confidence", "ai_confidence", "0–1"],
        ],
      },
      {
        object: "ticket",
        from: "other",
        to: "support_desk",
        conflictRule: "The agent's sent reply is the record; the AI draft is an internal note.",
        fields: [
          ["ticket_id", "id", "", "ri"],
          ["reply_draft", "internal_note", "markdown to HTML", "r"],
          ["decision", "custom_field_refund_decision", "", "s", "approve=Approved; decline=Declined; escalate=With controller"],
        ],
      },
    ]),
    apiContracts: [
      billingApi({
        retryPolicy: "Exponential backoff, 5 tries, idempotency key per refund draft",
        authLifecycle: "Restricted key (refund drafts only), rotated every 90 days",
      }),
      supportDeskApi(),
    ],
    exceptions: exceptions([
      ["missing_required_field", "review_queue", false, "Billing specialists queue (Owen Brandt)", "No invoice referenced."],
      ["record_exists", "skip_and_log", false, null, "A refund draft already exists for the invoice."],
      ["ambiguous_match", "review_queue", true, "Billing specialists queue (Owen Brandt)", "Customer email on two billing accounts."],
      ["target_rejects", "escalate", true, "Grace Lindqvist (Finance Systems Manager)", "Billing refuses the draft."],
      ["partial_failure", "review_queue", true, "Billing specialists queue (Owen Brandt)", "Draft created, reply not."],
    ]),
    accessControls: accessControls(),
    rollout: rollout(today, [
      {
        name: "Recommendations in shadow",
        stage: "shadow",
        scope: "Recommendations logged, specialists decide as before",
        writes: false,
        entry: "Refund policy clauses indexed",
        exit: "Agreement with specialists on 95% of 200 requests; no policy exception",
        rollback: "Stop the job",
        days: [-30, 4],
      },
      {
        name: "US monthly plans under $500",
        stage: "pilot",
        scope: "One-click approval by a specialist",
        writes: true,
        entry: "Shadow exit met; failing legal-risk test fixed",
        exit: "Decision within a business day for 4 weeks; clean audit sample",
        rollback: "Any refund over policy in the audit sample: back to shadow",
        days: [5, 40],
      },
    ]),
    kpis: [
      kpi("Median time from request to decision", "operational", "business days", [4.2, 1, "lower"], "Owen Brandt"),
      kpi("Policy exceptions in the audit sample", "operational", "count", [3, 0, "lower"], "Meera Iyer (Controller)"),
      kpi("Refund draft failures", "technical", "%", [0.8, 0.2, "lower"], "Grace Lindqvist", { alert: 0.5 }),
    ],
    roi: { runsPerMonth: 260, minutesSavedPerRun: 14, hourlyCost: 48, buildCost: 22000, monthlyRunCost: 350, currency: "USD" },
    enablement: enablement("weekly", 60),
  },
  actionContracts: [
    {
      riskTier: "high",
      trigger: "A refund request ticket is tagged 'refund'",
      requiredInputs: "Invoice id, amount paid, contract refund clause",
      validations: "Amount at most the amount paid; request inside the refund window",
      expectedOutput: "Approve or decline with the clause quoted",
      failureModes: "Invoice not found; clause missing; contract not signed",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "high",
      trigger: "Recommendation is approve",
      requiredInputs: "Invoice id, amount, reason code",
      validations: "Amount ≤ $500; invoice is paid",
      expectedOutput: "A refund draft awaiting one-click approval",
      failureModes: "Over limit; billing API timeout",
      rollback: "revert",
      rollbackPlan: "Void the unapproved draft",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "high",
      trigger: "Specialist decided",
      expectedOutput: "A reply draft the agent edits and sends",
      credentialScope: "per_action",
      marksAiValues: true,
    },
  ],
  auditLogKinds: ["source_record_id", "target_record_id", "failure_reason"],
});
