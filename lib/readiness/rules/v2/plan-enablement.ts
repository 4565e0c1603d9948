/** Enablement and stabilization (plan.enablement): ENABLEMENT_GAPS, NO_STABILIZATION_REVIEWS (seed 001 §9–10). */
import type { RuleDefinition } from "../types";

export const ENABLEMENT_RULES: readonly RuleDefinition[] = [];
