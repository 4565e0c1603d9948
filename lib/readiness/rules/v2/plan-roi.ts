/** Automation ROI (plan.roi): ROI_NEGATIVE, ROI_SLOW_PAYBACK (seed 003). */
import type { RuleDefinition } from "../types";

export const ROI_RULES: readonly RuleDefinition[] = [];
