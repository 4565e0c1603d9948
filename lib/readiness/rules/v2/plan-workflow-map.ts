/** Workflow map (plan.workflowMap): NO_WORKFLOW_MAP, STEP_UNOWNED, WORKFLOW_STEP_FRAGILE (seed 001 §2). */
import type { RuleDefinition } from "../types";

export const WORKFLOW_MAP_RULES: readonly RuleDefinition[] = [];
