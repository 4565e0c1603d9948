/**
 * Invoice dispute classification (incomplete): most plan sections drafted; the exception
 * plan misses the cases nobody has seen yet, and enablement waits for the rollout date.
 */
import { accessControls, exceptions, kpi, mappingSheet, workflowMap } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

export const invoiceDisputesPlan: DemoPlanBuilder = () => ({
  plan: {
    workflowMap: workflowMap([
      ["Customer disputes an invoice by email or ticket", "Owen Brandt (Billing Operations Lead)", "support_desk", "AR team"],
      ["AR clerk reads the dispute and picks a reason", "Sofia Marquez (AR Lead)", "support_desk", "AR clerk"],
      ["AR clerk pauses dunning in billing by hand", "Sofia Marquez (AR Lead)", "billing", "Collections", "mr"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "ticket",
        from: "other",
        to: "support_desk",
        conflictRule: "The AI sets the reason only while it is blank; an agent's reason always wins.",
        fields: [
          ["ticket_id", "id", "", "ri"],
          [
            "dispute_reason",
            "custom_field_dispute_reason",
            "",
            "rs",
            "seats=Seat count; price=Price; duplicate=Duplicate charge; service=Service issue; tax=Tax",
          ],
          ["invoice_number", "custom_field_invoice", "as written on the invoice", "i"],
          ["disputed_amount", "custom_field_disputed_amount", "decimal, invoice currency"],
          ["ack_draft", "internal_note", "plain text", "r"],
        ],
      },
      {
        object: "custom:Dunning status",
        from: "other",
        to: "billing",
        conflictRule: "Suggestion only: the AR clerk pauses dunning; billing's value is the record.",
        fields: [
          ["pause_suggested", "metadata.ai_pause_suggested", "yes/no", "r"],
          ["pause_reason", "metadata.ai_pause_reason", "200 characters"],
          ["invoice_id", "invoice", "", "ri"],
        ],
      },
      {
        object: "invoice",
        from: "billing",
        to: "other",
        conflictRule: "Read-only copy for classification.",
        fields: [
          ["lines.quantity", "seat_count_billed", "integer"],
          ["amount_due", "amount_due", "minor units to decimal", "r"],
          ["status", "invoice_status", "", "s", "open=Open; paid=Paid; void=Void; uncollectible=Written off"],
        ],
      },
    ]),
    exceptions: exceptions([
      ["missing_required_field", "review_queue", false, "AR lead (Sofia Marquez)", "No invoice number in the dispute."],
      ["ambiguous_match", "review_queue", false, "AR lead (Sofia Marquez)", "Invoice number matches two customers."],
    ]),
    accessControls: accessControls(["fieldMasking"]),
    kpis: [
      kpi("Median days to resolve a dispute", "operational", "days", [11, 5, "lower"], "Owen Brandt"),
      kpi("Reason codes changed by agents", "operational", "%", [0, 15, "lower"], "Sofia Marquez", { noBaseline: true }),
      kpi("Classification failures", "technical", "%", [2, 0.5, "lower"], "Tomás Rivera"),
    ],
    roi: { runsPerMonth: 340, minutesSavedPerRun: 12, hourlyCost: 42, buildCost: 16000, monthlyRunCost: 450, currency: "USD" },
  },
  actionContracts: [
    {
      riskTier: "medium",
      trigger: "A ticket is tagged 'invoice dispute'",
      requiredInputs: "Ticket text, invoice number",
      expectedOutput: "Reason code on the ticket",
      rollback: "revert",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    { riskTier: "medium", trigger: "Reason code set", expectedOutput: "Suggestion to pause dunning" },
    { riskTier: "high", trigger: "Reason code set", expectedOutput: "Acknowledgement draft for the agent" },
  ],
  auditLogKinds: [],
});
