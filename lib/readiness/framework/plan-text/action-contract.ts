/**
 * Wording of the ten fields format v2 adds to an action row (Q5): the action's contract,
 * its risk tier, rollback and credentials, and whether its values are marked as the AI's
 * (seed 002 days 1–30 and 61–90, seed 003 "Approval Levels" and "Automation Checklist").
 */
import type { CredentialScope, RiskTier, RollbackKind } from "../../enums";
import type { ActionRow } from "../../schema/assessment";
import type { ActionRowV2 } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";

/** The keys v2 adds to an action row. */
export type ActionContractField = Exclude<keyof Required<ActionRowV2>, keyof ActionRow>;

export const ACTION_CONTRACT_FIELDS: Readonly<Record<ActionContractField, FieldText>> = {
  riskTier: {
    label: "Risk tier",
    help: "Low (tags, internal notes) may run on its own; medium (plan changes, returns) keeps a person at least on exceptions; high (refunds over a limit, closing an account) needs explicit approval.",
  },
  requiredInputs: {
    label: "Required inputs",
    help: "What must be present before the action may run, e.g. “order id, reason code, amount”.",
  },
  validations: { label: "Validations", help: "The checks the inputs must pass, e.g. “amount at most 500 USD; order is paid”." },
  expectedOutput: { label: "Expected output", help: "What a successful call returns, e.g. “credit memo id and posting status”." },
  failureModes: { label: "Failure modes", help: "The ways the action can fail and what each one looks like." },
  rollback: { label: "Rollback", help: "How a wrong write is undone: reverted, compensated by another action, or not at all." },
  rollbackPlan: { label: "Rollback plan", help: "The concrete steps, e.g. “reverse the credit memo and reopen the case”." },
  credentialScope: { label: "Credentials", help: "A credential scoped to this action alone, or a shared one with broad permissions." },
  trigger: { label: "Trigger", help: "The event that starts the action, defined so it cannot fire twice by accident." },
  marksAiValues: {
    label: "Marks AI-written values",
    help: "Whether the target system shows which values the AI wrote, as opposed to values a person confirmed.",
  },
};

export const RISK_TIER_LABELS: Readonly<Record<RiskTier, string>> = {
  low: "Low",
  medium: "Medium",
  high: "High",
};

export const ROLLBACK_KIND_LABELS: Readonly<Record<RollbackKind, string>> = {
  revert: "Revert",
  compensating_action: "Compensating action",
  none: "None",
};

export const CREDENTIAL_SCOPE_LABELS: Readonly<Record<CredentialScope, string>> = {
  per_action: "Scoped to this action",
  shared_broad: "Shared, broad scopes",
};
