/**
 * New-customer billing setup: ready by its answers and scores, blocked by its plan alone. The
 * sheet syncs the billing contact's email both ways with no conflict rule on that row, and
 * the controlled-write phase under way has no rollback criteria — exactly what seed 004
 * warns about: "two systems trying to overwrite the same record for different reasons".
 */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { billingApi, crmApi } from "./shared-apis";
import { FULL_SYNC_AUDIT, type DemoPlanBuilder } from "./types";

const CRM_OWNS_ACCOUNT = "The CRM owns the account; billing receives changes on each sync and never sends them back.";
const BILLING_OWNS_PREFS = "Billing owns the billing contact's invoice preferences; the CRM value is refreshed nightly.";
const DRAFTS_ONLY = "Drafts only: billing operations approves; once approved, billing's subscription is the record and is never rewritten.";
const SIGNED_FORM_WINS = "The signed order form wins over quote fields; a difference opens a billing-ops task.";

export const billingSetupPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["AE marks the opportunity closed-won with the signed form", "Carlos Mendes (Director of Sales)", "crm", "Billing operations"],
      ["Billing ops reads the order form and quote", "Owen Brandt (Billing Operations Lead)", "crm", "Billing operations"],
      [
        "Billing ops types customer, contacts and plan into billing",
        "Owen Brandt (Billing Operations Lead)",
        "billing",
        "Finance approver",
        "r",
      ],
      [
        "Finance approver checks the subscription against the form",
        "Grace Lindqvist (Finance Systems Manager)",
        "billing",
        "First invoice run",
      ],
      [
        "Billing ops pastes the billing customer id into the CRM",
        "Owen Brandt (Billing Operations Lead)",
        "crm",
        "Account executive",
        "mr",
      ],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "account",
        from: "crm",
        to: "billing",
        conflictRule: CRM_OWNS_ACCOUNT,
        fields: [
          ["Account.Id", "customer.metadata.crm_account_id", "", "ri"],
          ["Account.Name", "customer.name", "trim", "r"],
          ["Account.BillingStreet", "customer.address.line1", "first line only", "r"],
          ["Account.BillingCity", "customer.address.city", "trim", "r"],
          ["Account.BillingPostalCode", "customer.address.postal_code", "upper-case, no spaces for UK", "r"],
          ["Account.BillingCountry", "customer.address.country", "ISO 3166 alpha-2", "r"],
          ["Account.Tax_Id__c", "customer.tax_ids", "validated VAT or EIN format"],
          ["Account.Tax_Exempt__c", "customer.tax_exempt", "", "s", "Exempt=exempt; Reverse charge=reverse; None=none"],
          ["Account.Entity__c", "customer.metadata.entity", "", "rs", "US=us01; UK=gb01; DE=de01"],
        ],
      },
      {
        object: "contact",
        from: "crm",
        to: "billing",
        conflictRule: BILLING_OWNS_PREFS,
        fields: [
          ["Billing_Contact__r.Email", "customer.email", "lower-case, trim", "rbn"],
          ["Billing_Contact__r.Name", "customer.metadata.billing_contact", "trim", "b"],
          ["Billing_Contact__r.Phone", "customer.phone", "E.164", "b"],
          ["Invoice_Language__c", "customer.preferred_locales", "", "bs", "English=en; German=de; French=fr"],
          ["Invoice_CC__c", "customer.metadata.invoice_cc", "semicolon list, lower-case", "b"],
          ["Billing_Contact__r.Id", "customer.metadata.crm_contact_id", "", "ri"],
        ],
      },
      {
        object: "contract",
        from: "crm",
        to: "billing",
        conflictRule: SIGNED_FORM_WINS,
        fields: [
          ["Contract.ContractNumber", "subscription.metadata.contract_number", "", "ri"],
          ["Contract.StartDate", "subscription.start_date", "entity time zone, midnight", "r"],
          ["Contract.ContractTerm", "subscription.metadata.term_months", "integer", "r"],
          ["Contract.Payment_Terms__c", "subscription.days_until_due", "", "rs", "Net 30=30; Net 45=45; Net 60=60"],
          ["Contract.PO_Required__c", "subscription.metadata.po_required", "yes/no"],
          ["Contract.PO_Number__c", "subscription.metadata.po_number", "trim"],
          ["Contract.Auto_Renew__c", "subscription.metadata.auto_renew", "yes/no"],
        ],
      },
      {
        object: "custom:Subscription",
        from: "crm",
        to: "billing",
        conflictRule: DRAFTS_ONLY,
        fields: [
          ["QuoteLineItem.Product2.SKU", "subscription.items.price", "SKU to price lookup key", "ri"],
          ["QuoteLineItem.Quantity", "subscription.items.quantity", "integer", "r"],
          ["QuoteLineItem.UnitPrice", "subscription.items.price_data.unit_amount", "decimal to minor units", "r"],
          ["QuoteLineItem.Discount", "subscription.discounts.coupon", "percent to a one-off coupon"],
          ["Quote.Currency", "subscription.currency", "ISO 4217, lower-case", "r"],
          ["Quote.Billing_Frequency__c", "subscription.items.price.recurring.interval", "", "rs", "Monthly=month; Annual=year"],
          ["Quote.Collection_Method__c", "subscription.collection_method", "", "s", "Card=charge_automatically; Invoice=send_invoice"],
          ["Quote.Trial_Days__c", "subscription.trial_period_days", "integer; blank is none"],
          ["Opportunity.Id", "subscription.metadata.crm_opportunity_id", "", "ri"],
          ["Opportunity.Owner.Email", "subscription.metadata.account_executive", "lower-case"],
        ],
      },
      {
        object: "account",
        from: "billing",
        to: "crm",
        conflictRule: "Billing ids are written once, when the draft is approved; a CRM admin changes them by hand only.",
        fields: [
          ["customer.id", "Account.Billing_Customer_Id__c", "", "ri"],
          ["subscription.id", "Account.Billing_Subscription_Id__c", "", "i"],
          [
            "subscription.status",
            "Account.Billing_Status__c",
            "",
            "s",
            "draft=Awaiting approval; active=Active; past_due=Past due; canceled=Cancelled",
          ],
        ],
      },
    ]),
    apiContracts: [
      billingApi({
        retryPolicy: "Exponential backoff, 5 tries, idempotency key per opportunity",
        authLifecycle: "Restricted key (customers and subscriptions only), rotated every 90 days",
      }),
      crmApi({ rateLimit: "5,000 calls a day for this integration", retryPolicy: "Backoff from 2 s, 5 tries, then the billing-ops queue" }),
    ],
    exceptions: exceptions([
      ["missing_required_field", "review_queue", false, "Billing operations queue (Owen Brandt)", "No billing contact or address."],
      ["record_exists", "merge", false, null, "Billing customer exists from self-serve: linked, not duplicated."],
      ["ambiguous_match", "review_queue", true, "Billing operations queue (Owen Brandt)", "Two billing customers share the domain."],
      ["target_rejects", "dead_letter", true, "Grace Lindqvist (Finance Systems Manager)", "Billing refuses the draft: payload kept."],
      ["partial_failure", "retry", true, null, "Customer created, subscription failed: the subscription alone is retried."],
      ["downstream_timeout", "retry", true, null, "Backoff and retry, then the billing-ops queue."],
    ]),
    accessControls: accessControls(),
    rollout: rollout(today, [
      {
        name: "Read-only comparison",
        stage: "read_only",
        scope: "Drafts computed and compared with what billing ops typed; nothing written",
        writes: false,
        entry: "Mapping sheet reviewed with billing ops and the deal desk",
        exit: "Drafts match billing ops on 95% of 60 deals",
        rollback: "Nothing to roll back: read only",
        days: [-30, -10],
      },
      {
        name: "Controlled write: US new business",
        stage: "controlled_write",
        scope: "Draft customers and subscriptions for US deals without ramps; billing ops approves each",
        writes: true,
        entry: "Read-only exit met",
        exit: "Approved without edits on 80% of drafts for 3 weeks",
        days: [-9, 20],
      },
      {
        name: "All entities",
        stage: "expansion",
        scope: "UK and DE entities, ramped deals",
        writes: true,
        entry: "Controlled-write exit met",
        rollback: "A draft invoiced with the wrong price: back to US-only",
        days: [21, 70],
      },
    ]),
    kpis: [
      kpi("Days from closed-won to approved subscription", "operational", "business days", [6, 1, "lower"], "Owen Brandt"),
      kpi("First invoices credited for setup errors", "operational", "%", [2.6, 0.5, "lower"], "Meera Iyer (Controller)"),
      kpi("Setup records corrected after approval", "technical", "%", [3.5, 1, "lower"], "Grace Lindqvist", { alert: 2 }),
    ],
    roi: { runsPerMonth: 150, minutesSavedPerRun: 35, hourlyCost: 52, buildCost: 28000, monthlyRunCost: 500, currency: "USD" },
    enablement: enablement("weekly", 45),
  },
  actionContracts: [
    {
      riskTier: "high",
      trigger: "Opportunity marked closed-won with a signed order form",
      requiredInputs: "Opportunity, quote lines, signed order form, billing contact",
      validations: "Prices equal the quote; currency matches the entity; no ramp in the first release",
      expectedOutput: "A draft billing customer and subscription awaiting approval",
      failureModes: "Order form unreadable; quote and form disagree; billing API timeout",
      rollback: "revert",
      rollbackPlan: "Delete the unapproved draft customer and subscription",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "low",
      trigger: "Billing ops approves the draft",
      requiredInputs: "Billing customer id, CRM account id",
      validations: "CRM field is blank",
      expectedOutput: "Billing ids on the CRM account",
      failureModes: "Account merged meanwhile; CRM API limit",
      rollback: "revert",
      rollbackPlan: "Clear the two id fields",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "medium",
      trigger: "Quote and order form disagree on price, term or currency",
      requiredInputs: "Both values and where each came from",
      expectedOutput: "A billing-ops task on the opportunity",
      failureModes: "Queue inactive",
      rollback: "compensating_action",
      rollbackPlan: "Close the task with reason 'raised in error'",
      credentialScope: "per_action",
      marksAiValues: true,
    },
  ],
  auditLogKinds: FULL_SYNC_AUDIT,
});
