/** NA_SECTION_HAS_CONTENT: a section declared not applicable that is filled in anyway. */
import type { RuleDefinition } from "../types";

export const NOT_APPLICABLE_RULES: readonly RuleDefinition[] = [];
