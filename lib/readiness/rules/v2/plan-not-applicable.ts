/**
 * NA_SECTION_HAS_CONTENT: a section declared not applicable that is filled in anyway. The
 * engine skips a declared section's rules, so this rule has no `planSection` or
 * `requiresPlan` and reads `document.plan` itself.
 */
import { hasContent } from "../../engine/answered";
import { PLAN_SECTION_KEYS, type PlanSectionKey } from "../../keys";
import { hasText, quote } from "../../engine/text";
import { fieldTarget } from "../rows";
import type { RuleDefinition, RuleHit } from "../types";

/** How a message names each section (the section titles live with each section's wording). */
const SECTION_NAMES: Readonly<Record<PlanSectionKey, string>> = {
  workflowMap: "workflow map",
  fieldMappings: "field mappings",
  apiContracts: "API contracts",
  exceptions: "exceptions",
  accessControls: "access controls",
  rollout: "rollout",
  kpis: "KPIs",
  roi: "ROI",
  enablement: "enablement",
};

/** Blank rows are not rows: a list holds content only when one of its rows has a value. */
function holdsContent(section: unknown): boolean {
  return Array.isArray(section) ? section.some(hasContent) : hasContent(section);
}

export const NOT_APPLICABLE_RULES: readonly RuleDefinition[] = [
  {
    id: "NA_SECTION_HAS_CONTENT",
    severity: "warning",
    requires: [],
    track: "observability",
    stage: 1,
    title: "Section declared not applicable but filled in",
    source: "001 §Where This Advice Doesn’t Fit Perfectly",
    remediation:
      "Either remove the section's content, or withdraw the not-applicable declaration so the section's rules judge what it says.",
    check: (document) => {
      const plan = document.plan;
      const reasons = plan?.notApplicable;
      if (plan === undefined || reasons === undefined) return [];
      const hits: RuleHit[] = [];
      for (const key of PLAN_SECTION_KEYS) {
        const reason = reasons[key];
        if (!hasText(reason) || !holdsContent(plan[key])) continue;
        hits.push({
          target: fieldTarget("plan", key),
          message: `The ${SECTION_NAMES[key]} section is declared not applicable (${quote(reason)}) but is filled in; its content is ignored.`,
        });
      }
      return hits;
    },
  },
];
