/** WRITE_AUDIT_INCOMPLETE: sync writes leave an audit trail in Q7 (seed 004). */
import type { RuleDefinition } from "../types";

export const WRITE_AUDIT_RULES: readonly RuleDefinition[] = [];
