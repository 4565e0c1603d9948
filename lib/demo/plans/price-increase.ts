/**
 * Renewal price-increase notices (archived pilot): the plan shows why it was stopped — one
 * big-bang phase with no rollback criteria for an irreversible, fully automated send.
 */
import { kpi, mappingSheet, rollout } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

export const priceIncreasePlan: DemoPlanBuilder = (today) => ({
  plan: {
    fieldMappings: mappingSheet([
      {
        object: "contract",
        from: "crm",
        to: "marketing_automation",
        conflictRule: "The CRM contract is the record; the email list is rebuilt each night.",
        fields: [
          ["Contract number", "contract_ref", "", "ri"],
          ["End date", "renewal_date", "date in the customer's locale", "r"],
          ["Uplift clause", "uplift_clause_text", "quoted in full"],
          ["Notice period days", "notice_days", "integer", "r"],
          ["Billing contact email", "email", "lower-case", "ri"],
          ["Contract status", "contract_status", "", "s", "Activated=active; Draft=skip; Expired=skip"],
        ],
      },
      {
        object: "custom:Price book",
        from: "billing",
        to: "marketing_automation",
        conflictRule: "Billing's price book is the record.",
        fields: [
          ["plan_code", "plan_code", "", "ri"],
          ["current_price", "current_price", "minor units to decimal", "r"],
          ["new_price", "new_price", "current price × (1 + uplift)", "r"],
          ["currency", "currency", "ISO 4217", "r"],
        ],
      },
    ]),
    rollout: rollout(today, [
      {
        name: "Send every notice for next quarter",
        stage: "full",
        scope: "All renewals with an uplift in the next quarter",
        writes: true,
        days: [-40, -20],
      },
    ]),
    kpis: [kpi("Notices sent inside the contractual window", "operational", "%", [71, 100, "higher"], "Dana Whitfield")],
  },
  actionContracts: [
    {
      riskTier: "high",
      trigger: "Nightly, for renewals 90 days out",
      expectedOutput: "Price-increase email sent to the billing contact",
      rollback: "none",
      credentialScope: "shared_broad",
    },
  ],
  auditLogKinds: [],
});
