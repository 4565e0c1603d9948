/**
 * Short names of the nine plan sections, for messages, summaries and lists (the longer
 * wording of each section lives in `plan-text/`).
 */
import type { PlanSectionKey } from "../keys";

export const PLAN_SECTION_LABELS: Readonly<Record<PlanSectionKey, string>> = {
  workflowMap: "Workflow map",
  fieldMappings: "Field mappings",
  apiContracts: "API contracts",
  exceptions: "Exceptions and bad data",
  accessControls: "Access controls",
  rollout: "Rollout plan",
  kpis: "KPIs",
  roi: "Automation ROI",
  enablement: "Enablement and stabilization",
};
