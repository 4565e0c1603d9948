/** Voicemail-to-ticket triage (Globex, incomplete): only the workflow map and the mapping sheet so far. */
import { mappingSheet, workflowMap } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

export const voicemailTriagePlan: DemoPlanBuilder = () => ({
  plan: {
    workflowMap: workflowMap([
      ["Caller leaves a voicemail out of hours", "Ben Carter (Workforce Management Lead)", "telephony", "Morning shift"],
      ["Morning shift listens and types tickets", "Morning shift lead", "support_desk", "Agents", "mr"],
      ["Agents call back in the order tickets were typed", "Morning shift lead", "telephony", "Customer"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "custom:Voicemail",
        from: "telephony",
        to: "support_desk",
        conflictRule: "Telephony owns the recording; the ticket keeps a link and the transcript.",
        fields: [
          ["voicemail_id", "custom_field_voicemail_id", "", "ri"],
          ["transcript", "description", "full text", "r"],
          ["recording_url", "custom_field_recording", "signed link, 30 days"],
          ["received_at", "custom_field_received_at", "ISO 8601, UTC", "r"],
          ["caller_number", "requester_phone", "E.164", "i"],
        ],
      },
      {
        object: "ticket",
        from: "other",
        to: "support_desk",
        conflictRule: "The AI sets queue and urgency on new tickets only; an agent's change always wins.",
        fields: [
          ["queue", "group_id", "", "rs", "billing=Billing callbacks; tech=Technical callbacks; cancel=Retention"],
          ["urgency", "priority", "", "rs", "high=Urgent; medium=Normal; low=Low"],
          ["summary", "subject", "one line, 120 characters", "r"],
          ["language", "custom_field_language", "", "s", "en=English; es=Spanish"],
          ["callback_window", "custom_field_callback_by", "received time plus 2 opening hours"],
          ["contact_match", "requester_id", "matched on caller number", "i"],
        ],
      },
    ]),
  },
  actionContracts: [{}, {}],
  auditLogKinds: [],
});
