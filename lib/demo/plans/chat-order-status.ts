/**
 * Chat order-status answers (Globex, blocked): a plan written in a hurry — everything goes
 * live at once in every market, and access controls are not planned.
 */
import { exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

export const chatOrderStatusPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Customer asks 'where is my order?' in web chat", "Marta Kowalski (Director of Customer Support)", "chat", "Chat agent"],
      ["Agent looks the order up in the order management system", "Chat queue team lead", "other", "Chat agent", "m"],
      ["Agent pastes the tracking link into the chat", "Chat queue team lead", "chat", "Customer", "r"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "custom:Order",
        from: "other",
        to: "chat",
        conflictRule: "Order management is the record; chat shows what it returns at that moment.",
        fields: [
          ["order_number", "order_ref", "", "ri"],
          [
            "status",
            "order_status_text",
            "",
            "rs",
            "placed=Order received; picked=Being prepared; shipped=On its way; delivered=Delivered; returned=Returned",
          ],
          ["carrier", "carrier_name", ""],
          ["tracking_url", "tracking_link", "carrier link, https only", "r"],
          ["promised_date", "delivery_estimate", "date in the customer's locale"],
          ["customer_email", "visitor_email_check", "lower-case; must equal the visitor's email", "ri"],
        ],
      },
      {
        object: "ticket",
        from: "chat",
        to: "support_desk",
        conflictRule: "A handover creates a new ticket; nothing is updated on existing tickets.",
        fields: [
          ["conversation_id", "custom_field_chat_id", "", "ri"],
          ["transcript", "description", "full transcript", "r"],
          ["order_number", "custom_field_order", ""],
          [
            "handover_reason",
            "custom_field_handover_reason",
            "",
            "s",
            "low_confidence=Bot unsure; angry=Customer upset; refund=Refund asked",
          ],
          ["visitor_email", "requester_email", "lower-case", "i"],
          ["market", "custom_field_market", "", "s", "de=Germany; fr=France; uk=United Kingdom; es=Spain"],
        ],
      },
    ]),
    apiContracts: [{ system: "other", apiVersion: "OMS REST v1", rateLimit: "Unknown; vendor asked" }],
    exceptions: exceptions([
      ["missing_required_field", "escalate", false, null, "No order number: hand over to an agent."],
      ["ambiguous_match", "escalate", false, "Chat queue team lead", "Two orders match: hand over."],
      ["downstream_timeout", "escalate", false, null, "OMS slow: hand over."],
    ]),
    rollout: rollout(today, [
      {
        name: "Go live everywhere",
        stage: "full",
        scope: "All web chats that mention an order, every market",
        writes: true,
        rollback: "Turn the bot off in the chat console",
        days: [-6, 30],
      },
      {
        name: "Add order changes",
        stage: "expansion",
        scope: "Address changes before shipping",
        writes: true,
        rollback: "Turn the feature flag off",
        days: [31, 75],
      },
    ]),
    kpis: [
      kpi("Order chats resolved without an agent", "operational", "%", [0, 60, "higher"], "Marta Kowalski"),
      kpi("CSAT on order chats", "operational", "%", [86, 85, "higher"], "Marta Kowalski"),
    ],
    roi: { runsPerMonth: 18000, minutesSavedPerRun: 3, hourlyCost: 29, buildCost: 55000, monthlyRunCost: 9000, currency: "EUR" },
  },
  actionContracts: [
    {
      riskTier: "high",
      trigger: "Visitor message mentions an order",
      requiredInputs: "Order number, visitor email",
      expectedOutput: "Order status and tracking link in the chat",
      failureModes: "Order not found; email mismatch",
      rollback: "compensating_action",
      rollbackPlan: "Agent follows up with a correction",
      credentialScope: "shared_broad",
    },
    {
      riskTier: "medium",
      trigger: "Bot unsure or customer asks for a person",
      requiredInputs: "Transcript, order number",
      expectedOutput: "A ticket in the chat handover queue",
      failureModes: "Support desk unavailable",
      rollback: "revert",
      credentialScope: "shared_broad",
      marksAiValues: true,
    },
  ],
  auditLogKinds: [],
});
