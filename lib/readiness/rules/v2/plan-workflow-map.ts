/**
 * Workflow map (plan.workflowMap): the work as it runs today, step by step, each stage
 * owned, with the manual workarounds and re-keyed data in plain view (seed 001 §2).
 */
import { hasText, isBlank, joinList, quote } from "../../engine/text";
import type { WorkflowStep } from "../../schema/assessment-v2";
import { fieldTarget, planRowHits } from "../rows";
import type { RuleDefinition } from "../types";

const SOURCE = "001 §2 Map Real Workflows, Not Ideal Workflows";
const SECTION = "workflowMap";

/** `Step "Lead lands in the web form"`, or a phrase for a step with no text. */
export function describeStep(row: WorkflowStep): string {
  return hasText(row.step) ? `Step ${quote(row.step)}` : "A workflow step with no description";
}

function fragility(row: WorkflowStep): string[] {
  const problems: string[] = [];
  if (row.manualWorkaround === true) problems.push("is a manual workaround");
  if (row.reentersData === true) problems.push("re-enters data by hand");
  return problems;
}

export const WORKFLOW_MAP_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_WORKFLOW_MAP",
    severity: "warning",
    planSection: SECTION,
    requires: ["workflow"],
    track: "launch-gate",
    stage: 1,
    title: "Workflow not mapped as it runs today",
    source: SOURCE,
    remediation:
      "Map the workflow as people run it today, one row per step: where work starts, who owns each step, where it is handed off, and where data is typed in twice or worked around by hand.",
    check: (_document, context) =>
      context.planAnswered.workflowMap
        ? []
        : [
            {
              target: fieldTarget("plan", SECTION),
              message:
                "The workflow is described but not mapped step by step, so there is no baseline of today's handoffs and workarounds to design and test against.",
            },
          ],
  },
  {
    id: "STEP_UNOWNED",
    severity: "warning",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "launch-gate",
    stage: 1,
    title: "Workflow step without an owner",
    source: SOURCE,
    remediation: "Name the team or role that owns this step today, so the integration knows whom a change or a failure here reaches.",
    check: (document) =>
      planRowHits(
        document.plan?.workflowMap,
        SECTION,
        (row) => isBlank(row.owner),
        (row) => `${describeStep(row)} names no owner, so nobody answers for it when the integration changes or breaks it.`,
      ),
  },
  {
    id: "WORKFLOW_STEP_FRAGILE",
    severity: "info",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "launch-gate",
    stage: 1,
    title: "Fragile workflow step",
    source: SOURCE,
    remediation:
      "Decide whether the integration removes this workaround or re-keying, or keeps it on purpose, and add a test case for the step either way.",
    check: (document) =>
      planRowHits(
        document.plan?.workflowMap,
        SECTION,
        (row) => fragility(row).length > 0,
        (row) =>
          `${describeStep(row)} ${joinList(fragility(row))}; such steps are where records drift apart and where the integration must be tested.`,
      ),
  },
];
