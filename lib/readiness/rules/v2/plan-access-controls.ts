/** Access controls (plan.accessControls): NO_ACCESS_CONTROL_PLAN, ACCESS_CONTROL_GAPS (seed 001 §6). */
import type { RuleDefinition } from "../types";

export const ACCESS_CONTROL_RULES: readonly RuleDefinition[] = [];
