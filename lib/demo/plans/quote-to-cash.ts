/**
 * Quote-to-cash anomaly alerts (incomplete): the controller's team started with the mapping
 * sheet (which CRM field must match which billing field) and the KPIs; the rest is open.
 */
import { kpi, mappingSheet } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

const COMPARED_ONLY = "Compared, never written: billing stays the record and a mismatch opens a deal-desk case.";

export const quoteToCashPlan: DemoPlanBuilder = () => ({
  plan: {
    fieldMappings: mappingSheet([
      {
        object: "custom:Subscription",
        from: "crm",
        to: "billing",
        conflictRule: COMPARED_ONLY,
        fields: [
          ["Opportunity.Billing_Account__c", "customer", "look-up by CRM account id", "ri"],
          ["Quote.Start_Date__c", "start_date", "date, entity time zone", "r"],
          ["Quote.Term_Months__c", "billing_cycle_anchor + term", "months", "r"],
          ["QuoteLineItem.Product2.SKU", "items.price.lookup_key", "SKU to price key", "ri"],
          ["QuoteLineItem.Quantity", "items.quantity", "integer", "r"],
          ["QuoteLineItem.Discount", "discounts.coupon.percent_off", "percent", ""],
          ["Quote.Billing_Frequency__c", "items.price.recurring.interval", "", "rs", "Monthly=month; Annual=year; Quarterly=month×3"],
          ["Quote.Currency", "currency", "ISO 4217", "r"],
        ],
      },
      {
        object: "invoice",
        from: "crm",
        to: "billing",
        conflictRule: COMPARED_ONLY,
        fields: [
          ["Quote.Payment_Terms__c", "days_until_due", "", "s", "Net 30=30; Net 45=45; Net 60=60"],
          ["Quote.PO_Number__c", "custom_fields.po_number", "trim"],
          ["Account.Billing_Email__c", "customer_email", "lower-case", "i"],
          ["Quote.Total_Amount__c", "amount_due (first invoice)", "decimal; tolerance 1 cent", "r"],
        ],
      },
    ]),
    apiContracts: [
      {
        system: "crm",
        apiVersion: "v61.0",
        rateLimit: "2,000 calls a day for this job",
        authLifecycle: "JWT bearer for the integration user",
      },
      { system: "billing", apiVersion: "2026-09-30", retryPolicy: "Backoff, 3 tries", versioningRule: "Pinned version" },
    ],
    kpis: [
      kpi("Invoices credited or reissued for quote mismatches", "operational", "%", [3.1, 0.5, "lower"], "Meera Iyer (Controller)"),
      kpi("Mismatch cases opened before the invoice run", "operational", "%", [0, 95, "higher"], "Deal desk"),
    ],
  },
  actionContracts: [{ riskTier: "medium", trigger: "A new-business deal is closed-won" }, {}],
  auditLogKinds: [],
});
