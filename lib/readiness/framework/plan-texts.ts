/**
 * The wording of every plan section by key, in the plan's order: what the workspace shows
 * above each plan step, and where its field labels come from.
 */
import type { PlanSectionKey } from "../keys";
import type { PlanSectionText } from "./plan-section-text";
import { ACCESS_CONTROLS_TEXT } from "./plan-text/access-controls";
import { API_CONTRACTS_TEXT } from "./plan-text/api-contracts";
import { ENABLEMENT_TEXT } from "./plan-text/enablement";
import { EXCEPTIONS_TEXT } from "./plan-text/exceptions";
import { FIELD_MAPPINGS_TEXT } from "./plan-text/field-mappings";
import { KPIS_TEXT } from "./plan-text/kpis";
import { ROI_TEXT } from "./plan-text/roi";
import { ROLLOUT_TEXT } from "./plan-text/rollout";
import { WORKFLOW_MAP_TEXT } from "./plan-text/workflow-map";

export const PLAN_SECTION_TEXTS: Readonly<Record<PlanSectionKey, PlanSectionText>> = {
  workflowMap: WORKFLOW_MAP_TEXT,
  fieldMappings: FIELD_MAPPINGS_TEXT,
  apiContracts: API_CONTRACTS_TEXT,
  exceptions: EXCEPTIONS_TEXT,
  accessControls: ACCESS_CONTROLS_TEXT,
  rollout: ROLLOUT_TEXT,
  kpis: KPIS_TEXT,
  roi: ROI_TEXT,
  enablement: ENABLEMENT_TEXT,
};
