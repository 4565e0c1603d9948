/** Phased rollout (plan.rollout): NO_ROLLOUT_PLAN and the five phase rules (seeds 001 §7, 004). */
import type { RuleDefinition } from "../types";

export const ROLLOUT_RULES: readonly RuleDefinition[] = [];
