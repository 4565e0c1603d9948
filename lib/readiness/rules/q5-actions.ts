/**
 * Q5 — what the AI may do without a person: customer-facing, high-impact and
 * irreversible actions keep explicit approval (Suggest or Draft); writes are idempotent
 * and start in shadow mode (seed 000 §5, seed 002 days 1–30, seed 003 approval levels).
 */
import { ENUM_LABELS } from "../framework/enum-labels";
import { inlineLabel, joinList } from "../engine/text";
import type { ActionRow } from "../schema/assessment";
import { approvalText, describeAction, hasExplicitApproval, isWriteAction, systemLabel, touchesHighRisk } from "./describe";
import { rowHits } from "./rows";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

const SOURCE = "000 §5 Which actions can the AI system take without approval?";
const WRITE_SOURCE = "002 §Days 1–30: make write actions safe before you make them fast";

function actionHits(
  rows: readonly ActionRow[] | undefined,
  applies: (row: ActionRow) => boolean,
  message: (row: ActionRow) => string,
): RuleHit[] {
  return rowHits(rows, "actions", applies, message);
}

function highRiskTopics(row: ActionRow): string {
  const topics: string[] = [];
  if (row.touchesRevenueComplianceOrCx === true) topics.push("revenue, compliance or customer experience");
  if (row.touchesPricingContractsOrConsent === true) topics.push("pricing, contracts or consent");
  return joinList(topics);
}

function writeTarget(row: ActionRow): string {
  const system = row.targetSystem === undefined ? "its target system" : systemLabel(row.targetSystem);
  const kind = row.kind === undefined ? "" : ` (kind: ${inlineLabel(ENUM_LABELS.kind[row.kind])})`;
  return `writes to ${system}${kind}`;
}

export const ACTION_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "CUSTOMER_FACING_AUTOMATED",
    severity: "blocker",
    question: "actions",
    requires: ["actions"],
    stage: 1,
    title: "Customer-facing action without approval",
    source: "003 §Approval Levels",
    remediation: "Set the approval level to Suggest or Draft so a person approves everything a customer will see.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => row.customerFacing === true && !hasExplicitApproval(row),
        (row) => `${describeAction(row)} is customer-facing but runs without explicit human approval (${approvalText(row.approval)}).`,
      ),
  },
  {
    id: "HIGH_RISK_WITHOUT_APPROVAL",
    severity: "blocker",
    question: "actions",
    requires: ["actions"],
    stage: 1,
    title: "High-impact action without approval",
    source: SOURCE,
    remediation:
      "Keep a person approving this action (Suggest or Draft): changes to revenue, compliance, customer experience, pricing, contracts or consent need explicit approval.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => touchesHighRisk(row) && !hasExplicitApproval(row),
        (row) =>
          `${describeAction(row)} touches ${highRiskTopics(row)} but runs without explicit human approval (${approvalText(row.approval)}).`,
      ),
  },
  {
    id: "IRREVERSIBLE_AUTOMATIC",
    severity: "blocker",
    question: "actions",
    requires: ["actions"],
    stage: 1,
    title: "Irreversible action without approval",
    source: SOURCE,
    remediation: "Require approval (Suggest or Draft) for this action, or make it reversible with a defined compensating action.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => row.reversible === false && !hasExplicitApproval(row),
        (row) => `${describeAction(row)} cannot be undone but runs without explicit human approval (${approvalText(row.approval)}).`,
      ),
  },
  {
    id: "WRITE_WITHOUT_IDEMPOTENCY",
    severity: "warning",
    question: "actions",
    requires: ["actions"],
    stage: 1,
    title: "Write action without a dedupe key",
    source: WRITE_SOURCE,
    remediation: "Give the write a correlation id and a dedupe key so that a retried call has no second effect.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => isWriteAction(row) && row.idempotencyKey !== true,
        (row) => `${describeAction(row)} ${writeTarget(row)} without an idempotency or dedupe key, so a retry can apply it twice.`,
      ),
  },
  {
    id: "NO_SHADOW_MODE",
    severity: "info",
    question: "actions",
    requires: ["actions"],
    stage: 1,
    title: "Write action without shadow mode",
    source: WRITE_SOURCE,
    remediation:
      "Run the action in shadow mode first: log what it would have written, compare with what people did, then switch on real writes.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => isWriteAction(row) && row.shadowModeFirst !== true,
        (row) => `${describeAction(row)} ${writeTarget(row)} without a shadow-mode period first.`,
      ),
  },
];
