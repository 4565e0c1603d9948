/** Field-mapping sheet (plan.fieldMappings): NO_FIELD_MAPPING and the six mapping rules (seed 004). */
import type { RuleDefinition } from "../types";

export const FIELD_MAPPING_RULES: readonly RuleDefinition[] = [];
