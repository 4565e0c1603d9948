/**
 * The rules ruleset 2.0.0 adds to every rule of 1.0.0, one group file per plan section
 * (and the action-contract and write-audit groups on the questions). The table they
 * implement is in docs/framework-2.md.
 */
import { WORKFLOW_MAP_RULES } from "./v2/plan-workflow-map";
import { FIELD_MAPPING_RULES } from "./v2/plan-field-mappings";
import { API_CONTRACT_RULES } from "./v2/plan-api-contracts";
import { ACTION_CONTRACT_RULES } from "./v2/action-contracts";
import { WRITE_AUDIT_RULES } from "./v2/write-audit";
import { EXCEPTION_RULES } from "./v2/plan-exceptions";
import { ACCESS_CONTROL_RULES } from "./v2/plan-access-controls";
import { ROLLOUT_RULES } from "./v2/plan-rollout";
import { KPI_RULES } from "./v2/plan-kpis";
import { ROI_RULES } from "./v2/plan-roi";
import { NOT_APPLICABLE_RULES } from "./v2/plan-not-applicable";
import { ENABLEMENT_RULES } from "./v2/plan-enablement";
import type { RuleDefinition } from "./types";

export const RULES_ADDED_IN_V2: readonly RuleDefinition[] = [
  ...WORKFLOW_MAP_RULES,
  ...FIELD_MAPPING_RULES,
  ...API_CONTRACT_RULES,
  ...ACTION_CONTRACT_RULES,
  ...WRITE_AUDIT_RULES,
  ...EXCEPTION_RULES,
  ...ACCESS_CONTROL_RULES,
  ...ROLLOUT_RULES,
  ...KPI_RULES,
  ...ROI_RULES,
  ...NOT_APPLICABLE_RULES,
  ...ENABLEMENT_RULES,
];
