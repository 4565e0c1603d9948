/**
 * The demo projects' integration plans (format v2, issue #17), by project name, as of the
 * seeding day. Pure: the seed calls `demoPlanFor(name, today)` for each project's draft and
 * stores the plan and the merged answers (`withDemoPlan`); snapshots stay as they were
 * submitted. `demoDocumentV2` is the whole current draft as one v2 document.
 */
import type { CalendarDate } from "@/lib/integration-plan/calendar-day";
import { ASSESSMENT_FORMAT_V2, type Answers, type AnswersV2, type AssessmentDocumentV2 } from "@/lib/readiness";
import type { DemoProject } from "../projects/types";
import { afterCallPlan } from "./after-call";
import { billingSetupPlan } from "./billing-setup";
import { callNotesPlan } from "./call-notes";
import { chatOrderStatusPlan } from "./chat-order-status";
import { churnOutreachPlan } from "./churn-outreach";
import { financeExceptionsPlan } from "./finance-exceptions";
import { invoiceDisputesPlan } from "./invoice-disputes";
import { kbSuggestionsPlan } from "./kb-suggestions";
import { leadIntakePlan } from "./lead-intake";
import { meetingBriefsPlan } from "./meeting-briefs";
import { priceIncreasePlan } from "./price-increase";
import { quoteToCashPlan } from "./quote-to-cash";
import { refundApprovalPlan } from "./refund-approval";
import { renewalHealthPlan } from "./renewal-health";
import { supportRepliesPlan } from "./support-replies";
import { ticketTriagePlan } from "./ticket-triage";
import { voicemailTriagePlan } from "./voicemail-triage";
import type { DemoPlan, DemoPlanBuilder } from "./types";

export type { ActionContract, DemoPlan } from "./types";

/** Keyed by project name: names are unique within each demo organization (checked by the demo tests). */
const PLANS: ReadonlyMap<string, DemoPlanBuilder> = new Map([
  ["Lead intake enrichment", leadIntakePlan],
  ["Call notes to CRM", callNotesPlan],
  ["Meeting-prep briefs for account executives", meetingBriefsPlan],
  ["Support reply drafting", supportRepliesPlan],
  ["Ticket triage and routing", ticketTriagePlan],
  ["Knowledge-base article suggestions", kbSuggestionsPlan],
  ["Renewal health summaries", renewalHealthPlan],
  ["Churn-risk outreach drafts", churnOutreachPlan],
  ["Finance exception routing", financeExceptionsPlan],
  ["Refund approval assistant", refundApprovalPlan],
  ["Quote-to-cash anomaly alerts", quoteToCashPlan],
  ["Invoice dispute classification", invoiceDisputesPlan],
  ["New-customer billing setup", billingSetupPlan],
  ["Renewal price-increase notices (pilot)", priceIncreasePlan],
  ["After-call summaries and dispositions", afterCallPlan],
  ["Chat order-status answers", chatOrderStatusPlan],
  ["Voicemail-to-ticket triage", voicemailTriagePlan],
]);

/** Names of the demo projects that have a plan (every one, checked by the demo tests). */
export const DEMO_PLAN_PROJECTS: readonly string[] = [...PLANS.keys()];

/** The plan, action contracts and sync-audit kinds of the demo project named `projectName`, dated around `today`. */
export function demoPlanFor(projectName: string, today: CalendarDate): DemoPlan {
  const build = PLANS.get(projectName);
  if (build === undefined) throw new Error(`no demo plan for project "${projectName}"`);
  return build(today);
}

/** The draft's answers with the contracts merged into its Q5 rows and the sync-audit kinds added to Q7. */
export function withDemoPlan(answers: Answers, demo: DemoPlan): AnswersV2 {
  const actions = answers.actions ?? [];
  if (demo.actionContracts.length !== actions.length)
    throw new Error(`demo plan has ${demo.actionContracts.length} action contracts for ${actions.length} actions`);
  const result: AnswersV2 = { ...answers };
  if (answers.actions !== undefined) result.actions = actions.map((row, index) => ({ ...row, ...demo.actionContracts[index] }));
  if (answers.logs !== undefined && demo.auditLogKinds.length > 0)
    result.logs = { ...answers.logs, captured: [...(answers.logs.captured ?? []), ...demo.auditLogKinds] };
  return result;
}

/** A demo project's current draft with its plan, as one `preflight.assessment/v2` document. */
export function demoDocumentV2(project: DemoProject, today: CalendarDate): AssessmentDocumentV2 {
  const demo = demoPlanFor(project.name, today);
  return {
    format: ASSESSMENT_FORMAT_V2,
    project: { name: project.name, description: project.description, systems: project.systems },
    answers: withDemoPlan(project.draft.answers, demo),
    scores: project.draft.scores,
    plan: demo.plan,
  };
}
