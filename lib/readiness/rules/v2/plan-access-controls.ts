/** Access controls (plan.accessControls): NO_ACCESS_CONTROL_PLAN, ACCESS_CONTROL_GAPS (seed 001 §6). */
import { ACCESS_CONTROL_FIELDS } from "../../enums";
import { joinList } from "../../engine/text";
import { ACCESS_CONTROL_FIELD_TEXT } from "../../framework/plan-text/access-controls";
import { isWriteAction } from "../describe";
import type { RuleDefinition } from "../types";
import { notConfirmed } from "./not-confirmed";

const SOURCE = "001 §6 Build Security and Access Controls Into the Design";
const TARGET = "plan.accessControls";

export const ACCESS_CONTROL_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_ACCESS_CONTROL_PLAN",
    severity: "warning",
    planSection: "accessControls",
    // Either question is enough (writes or sensitive data), so neither is required.
    requires: [],
    requiresPlan: [],
    track: "launch-gate",
    stage: 1,
    title: "No access-control plan",
    source: SOURCE,
    remediation:
      "Fill in the access controls: least-privilege service accounts, credentials per environment, field masking, an access and change audit, and secret rotation.",
    check: (document, context) => {
      if (context.planAnswered.accessControls) return [];
      const reasons: string[] = [];
      if ((document.answers?.actions ?? []).some(isWriteAction)) reasons.push("writes to other systems");
      if ((document.answers?.dataSources ?? []).some((row) => (row.sensitivity ?? []).length > 0)) reasons.push("reads sensitive data");
      if (reasons.length === 0) return [];
      return [{ target: TARGET, message: `The AI ${joinList(reasons)}, but no access controls are planned.` }];
    },
  },
  {
    id: "ACCESS_CONTROL_GAPS",
    severity: "warning",
    planSection: "accessControls",
    requires: [],
    requiresPlan: ["accessControls"],
    track: "launch-gate",
    stage: 1,
    title: "Access controls missing",
    source: SOURCE,
    remediation: "Put each missing control in place before launch, or record why the integration can do without it.",
    check: (document) => {
      const controls = document.plan?.accessControls ?? {};
      const missing = notConfirmed(controls, ACCESS_CONTROL_FIELDS, ACCESS_CONTROL_FIELD_TEXT);
      if (missing.length === 0) return [];
      return [{ target: TARGET, message: `The access controls do not yet include ${joinList(missing)}.` }];
    },
  },
];
