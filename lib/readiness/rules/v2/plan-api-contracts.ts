/** API contracts (plan.apiContracts): NO_API_CONTRACTS, API_CONTRACT_GAPS (seed 004). */
import type { RuleDefinition } from "../types";

export const API_CONTRACT_RULES: readonly RuleDefinition[] = [];
