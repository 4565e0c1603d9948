/** KPIs (plan.kpis): NO_KPIS and the four KPI rules (seeds 001 §8, 003). */
import type { RuleDefinition } from "../types";

export const KPI_RULES: readonly RuleDefinition[] = [];
