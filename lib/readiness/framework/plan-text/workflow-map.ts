/** Wording of plan.workflowMap: the workflow as it runs today, step by step (seed 001 §2). */
import type { WorkflowStep } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

export const WORKFLOW_STEP_FIELDS: Readonly<Record<keyof Required<WorkflowStep>, FieldText>> = {
  step: { label: "Step", help: "What happens at this point today, e.g. “Agent copies the order number into the billing tool”." },
  owner: { label: "Owner", help: "The team or role responsible for this step as things stand." },
  system: { label: "System", help: "The tool the step happens in." },
  handoffTo: { label: "Hands off to", help: "The team, role or queue that picks the work up next, if anyone." },
  manualWorkaround: { label: "Manual workaround", help: "Whether people do this by hand because the tools do not support it." },
  reentersData: { label: "Re-enters data", help: "Whether someone types in data that already exists in another system." },
};

export const WORKFLOW_MAP_TEXT: PlanSectionText = {
  key: "workflowMap",
  title: "Workflow map: how the work runs today",
  why: "Integrations are designed against the process people describe, yet fail on the one they actually follow. The real map, with its handoffs, duplicate typing and workarounds, is the baseline every design choice and test case is checked against.",
  goodAnswer:
    "One row per step, in order, from where the work comes in to where it ends: what happens, who owns it, in which system, who takes it next, and an honest mark on every step that is a workaround or re-keys data.",
  shape: "rows",
  source: "001 §2 Map Real Workflows, Not Ideal Workflows",
  fields: WORKFLOW_STEP_FIELDS,
};
