/** Exceptions and bad data (plan.exceptions): the five exception rules (seeds 004, 001 §5). */
import type { RuleDefinition } from "../types";

export const EXCEPTION_RULES: readonly RuleDefinition[] = [];
