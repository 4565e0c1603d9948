/**
 * Action contracts and approval tiers on Q5 rows: every write is specified like a product
 * (trigger, inputs, output, failure modes), gated by its risk tier, reversible or
 * compensated, run with narrow credentials, and its values marked as the AI's (seed 002
 * days 1–30 and 61–90, seed 003 "Automation Checklist" and "Automation Paradox").
 * The tier, credential and data-quality rules apply to every action, writes or not.
 */
import type { TestCategory } from "../../enums";
import { ENUM_LABELS } from "../../framework/enum-labels";
import { ACTION_CONTRACT_FIELDS } from "../../framework/plan-text/action-contract";
import { inlineLabel, isBlank, joinList } from "../../engine/text";
import type { TestCaseRow } from "../../schema/assessment";
import type { ActionRowV2 } from "../../schema/assessment-v2";
import { approvalText, describeAction, hasExplicitApproval, isWriteAction } from "../describe";
import { rowHits } from "../rows";
import type { RuleDefinition, RuleHit } from "../types";

const SAFE_WRITES_SOURCE = "002 §Days 1–30: make write actions safe before you make them fast";
const ROLLBACK_SOURCE = "002 §Days 61–90: make observability and change management non-negotiable";
/** Q6 must show a passing case in each before an action runs without a person. */
const DATA_QUALITY_CATEGORIES: readonly TestCategory[] = ["duplicate_accounts", "missing_fields"];

function actionHits(
  rows: readonly ActionRowV2[] | undefined,
  applies: (row: ActionRowV2) => boolean,
  message: (row: ActionRowV2) => string,
): RuleHit[] {
  return rowHits(rows, "actions", applies, message);
}

/** The contract parts a write must state, in the order the spec names them. */
const CONTRACT_PARTS = ["trigger", "requiredInputs", "expectedOutput", "failureModes"] as const;

/** Whether a contract part is blank; cheaper than listing them, which only a hit needs. */
function hasContractGap(row: ActionRowV2): boolean {
  return CONTRACT_PARTS.some((part) => isBlank(row[part]));
}

/** The parts' labels as a message names them, built once. */
const CONTRACT_PART_TEXT = Object.fromEntries(
  CONTRACT_PARTS.map((part) => [part, inlineLabel(ACTION_CONTRACT_FIELDS[part].label)]),
) as Record<(typeof CONTRACT_PARTS)[number], string>;

function contractGaps(row: ActionRowV2): string[] {
  const gaps: string[] = [];
  for (const part of CONTRACT_PARTS) if (isBlank(row[part])) gaps.push(CONTRACT_PART_TEXT[part]);
  return gaps;
}

/** The data-quality categories without a passing test case, in enum order. */
function unprovenCategories(cases: readonly TestCaseRow[]): TestCategory[] {
  return DATA_QUALITY_CATEGORIES.filter((category) => !cases.some((row) => row.category === category && row.status === "pass"));
}

export const ACTION_CONTRACT_RULES: readonly RuleDefinition[] = [
  {
    id: "ACTION_CONTRACT_INCOMPLETE",
    severity: "warning",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "Write action without a full contract",
    source: SAFE_WRITES_SOURCE,
    remediation:
      "Write the action's contract: what starts it, the inputs that must be present, what a successful call returns, and the ways it can fail.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => isWriteAction(row) && hasContractGap(row),
        (row) => `${describeAction(row)} writes to another system but its contract has no ${joinList(contractGaps(row), "or")}.`,
      ),
  },
  {
    id: "HIGH_TIER_WITHOUT_APPROVAL",
    severity: "blocker",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "High-risk tier without approval",
    source: SAFE_WRITES_SOURCE,
    remediation: "Gate this action with explicit human approval (Suggest or Draft), or lower its risk before lowering its tier.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => row.riskTier === "high" && !hasExplicitApproval(row),
        (row) =>
          `${describeAction(row)} is in the high risk tier but runs without explicit human approval (${approvalText(row.approval)}).`,
      ),
  },
  {
    id: "MEDIUM_TIER_FULLY_AUTOMATED",
    severity: "warning",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "Medium-risk tier fully automated",
    source: SAFE_WRITES_SOURCE,
    remediation: "Keep a human checkpoint for this action: at least execute with guardrails, so exceptions reach a person.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => row.riskTier === "medium" && row.approval === "automated",
        (row) => `${describeAction(row)} is in the medium risk tier but is fully automated, so not even its exceptions reach a person.`,
      ),
  },
  {
    id: "WRITE_WITHOUT_ROLLBACK",
    severity: "warning",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "Write action without a rollback",
    source: ROLLBACK_SOURCE,
    remediation: "Say what rollback means for this write: a plain revert, a compensating action such as a refund reversal, or none.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => isWriteAction(row) && row.rollback === undefined,
        (row) => `${describeAction(row)} writes to another system but does not say how a wrong write is undone.`,
      ),
  },
  {
    id: "NO_ROLLBACK_AUTOMATED",
    severity: "blocker",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "Write with no rollback runs without approval",
    source: ROLLBACK_SOURCE,
    remediation: "Give the write a revert or a compensating action, or keep explicit human approval (Suggest or Draft) on it.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => isWriteAction(row) && row.rollback === "none" && !hasExplicitApproval(row),
        (row) =>
          `${describeAction(row)} cannot be reverted or compensated, yet runs without explicit human approval (${approvalText(row.approval)}).`,
      ),
  },
  {
    id: "SHARED_BROAD_CREDENTIALS",
    severity: "warning",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "Action runs on shared broad credentials",
    source: "002 §Common failure modes when agents read and write across systems",
    remediation: "Give the action its own credential scoped to what it needs, instead of a shared token with broad scopes.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => row.credentialScope === "shared_broad",
        (row) =>
          `${describeAction(row)} runs on a shared credential with broad scopes, so a mistake or a leak reaches far beyond this action.`,
      ),
  },
  {
    id: "AI_VALUES_UNMARKED",
    severity: "warning",
    question: "actions",
    requires: ["actions"],
    track: "safe-writes",
    stage: 1,
    title: "AI-written values not marked",
    source: "003 §Automation Checklist",
    remediation:
      "Mark the values this action writes as AI-generated in the target system (a flag, a source field or a tag), so people can tell them from confirmed ones.",
    check: (document) =>
      actionHits(
        document.answers?.actions,
        (row) => isWriteAction(row) && row.marksAiValues !== true,
        (row) => `${describeAction(row)} writes values that cannot be told apart from values a person confirmed.`,
      ),
  },
  {
    id: "AUTOMATION_BEFORE_DATA_QUALITY",
    severity: "warning",
    question: "actions",
    requires: ["actions", "testCases"],
    track: "safe-writes",
    stage: 1,
    title: "Automation before the data is proven",
    source: "003 §Automation Paradox",
    remediation: "Keep a person approving this action until test cases with duplicate accounts and with missing fields pass.",
    check: (document) => {
      const unproven = unprovenCategories(document.answers?.testCases ?? []);
      if (unproven.length === 0) return [];
      const named = joinList(
        unproven.map((category) => inlineLabel(ENUM_LABELS.category[category])),
        "or",
      );
      return actionHits(
        document.answers?.actions,
        (row) => row.approval === "guardrails" || row.approval === "automated",
        (row) =>
          `${describeAction(row)} runs without a person approving each run (${approvalText(row.approval)}) while no passing test case covers ${named}, so bad data would be processed faster, errors included.`,
      );
    },
  },
];
