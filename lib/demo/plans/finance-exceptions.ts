/**
 * Finance exception routing (incomplete): finance wrote the mapping sheet and the exception
 * cases first, as finance teams do; the rollout and KPIs are not planned yet.
 */
import { accessControls, exceptions, mappingSheet, workflowMap } from "./build-plan";
import type { DemoPlanBuilder } from "./types";

export const financeExceptionsPlan: DemoPlanBuilder = () => ({
  plan: {
    workflowMap: workflowMap([
      ["Nightly billing-to-ERP posting run", "Grace Lindqvist (Finance Systems Manager)", "erp", "Finance systems on-call"],
      ["On-call exports failed postings to a spreadsheet", "Finance systems on-call rota", "erp", "AR and GL accountants", "mr"],
      ["Accountant fixes the GL mapping or the invoice", "Meera Iyer (Controller)", "erp", "Finance systems"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "invoice",
        from: "billing",
        to: "erp",
        conflictRule: "Billing is the record for invoices; the ERP journal is rebuilt from billing on repost.",
        fields: [
          ["invoice_number", "ext_document_no", "", "ri"],
          ["customer_id", "customer_no", "look-up in the customer cross-reference", "ri"],
          ["amount_net", "amount", "minor units to decimal", "r"],
          ["tax_amount", "tax_amount", "minor units to decimal", "r"],
          ["currency", "currency_code", "ISO 4217", "r"],
          ["posting_date", "posting_date", "invoice finalised date, entity time zone", "r"],
          ["revenue_type", "gl_account", "", "rs", "subscription=4000; usage=4010; services=4100; one_off=4200"],
          ["entity", "company_code", "", "rs", "us=US01; uk=GB01; de=DE01"],
        ],
      },
      {
        object: "internal_task",
        from: "other",
        to: "erp",
        conflictRule: "One open task per failed posting; a task an accountant closed is never reopened by the AI.",
        fields: [
          [
            "exception_class",
            "task_category",
            "",
            "s",
            "gl_mapping=GL mapping; customer_missing=Customer master; tax=Tax code; fx=Currency",
          ],
          ["suggested_fix", "task_description", "plain text, 1,000 characters"],
          ["assignee_queue", "work_queue", "", "s", "ar=AR team; gl=GL team; tax=Tax team"],
        ],
      },
    ]),
    exceptions: exceptions([
      ["missing_required_field", "review_queue", true, "Finance systems on-call rota", "Posting without customer or GL account."],
      ["record_exists", "skip_and_log", false, null, "Invoice already posted: no task."],
      ["ambiguous_match", "review_queue", false, "Owen Brandt (Billing Operations Lead)", "Two customer records in the ERP."],
      ["target_rejects", "review_queue", true, "Finance systems on-call rota", "ERP refuses the task."],
      ["partial_failure", "retry", true, null, "Task created, assignment failed."],
    ]),
    accessControls: accessControls(["secretRotation"]),
  },
  actionContracts: [
    { riskTier: "medium", trigger: "A posting fails in the nightly run", expectedOutput: "Exception class and a suggested fix" },
    {
      riskTier: "medium",
      trigger: "Exception classified",
      requiredInputs: "Exception class, invoice, work queue",
      expectedOutput: "ERP task in the right work queue",
      failureModes: "Queue inactive; ERP API unavailable during close",
      rollback: "compensating_action",
      rollbackPlan: "Close the task with reason 'created in error'",
      credentialScope: "per_action",
    },
  ],
  auditLogKinds: [],
});
