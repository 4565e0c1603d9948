/** Enablement and stabilization (plan.enablement): ENABLEMENT_GAPS, NO_STABILIZATION_REVIEWS (seed 001 §9–10). */
import { ENABLEMENT_DUTIES } from "../../enums";
import { joinList } from "../../engine/text";
import { ENABLEMENT_FIELD_TEXT } from "../../framework/plan-text/enablement";
import type { RuleDefinition } from "../types";
import { notConfirmed } from "./not-confirmed";

const TARGET = "plan.enablement";
/** Seed 001 §10 asks for a fixed review cadence over the first 30–60 days. */
export const MIN_STABILIZATION_DAYS = 30;

export const ENABLEMENT_RULES: readonly RuleDefinition[] = [
  {
    id: "ENABLEMENT_GAPS",
    severity: "warning",
    planSection: "enablement",
    requires: [],
    requiresPlan: ["enablement"],
    track: "observability",
    stage: 1,
    title: "People not ready for the change",
    source: "001 §9 Prepare Support, Training, and Change Enablement",
    remediation: "Finish each step named before go-live: an integration changes how people work, not only what the systems do.",
    check: (document) => {
      const enablement = document.plan?.enablement ?? {};
      const missing = notConfirmed(enablement, ENABLEMENT_DUTIES, ENABLEMENT_FIELD_TEXT);
      if (missing.length === 0) return [];
      return [{ target: TARGET, message: `These enablement steps are not confirmed: ${joinList(missing)}.` }];
    },
  },
  {
    id: "NO_STABILIZATION_REVIEWS",
    severity: "warning",
    planSection: "enablement",
    requires: [],
    requiresPlan: ["enablement"],
    track: "observability",
    stage: 1,
    title: "No stabilization reviews after go-live",
    source: "001 §10 Run Post-Go-Live Stabilization Reviews",
    remediation: `Hold a fixed review of defects, exceptions, frontline friction and KPI trends — weekly at first — for at least the first ${MIN_STABILIZATION_DAYS} days after go-live.`,
    check: (document) => {
      const enablement = document.plan?.enablement ?? {};
      const problems: string[] = [];
      if (enablement.stabilizationReviews === undefined) problems.push("no review cadence is set");
      if (enablement.stabilizationReviews === "none") problems.push("no reviews are planned");
      // A missing period alone is not a short one: the cadence is what the seed insists on.
      const days = enablement.stabilizationDays;
      if (days !== undefined && days < MIN_STABILIZATION_DAYS) {
        problems.push(`the stabilization period is ${days} ${days === 1 ? "day" : "days"}, shorter than ${MIN_STABILIZATION_DAYS}`);
      }
      if (problems.length === 0) return [];
      return [{ target: TARGET, message: `After go-live, ${problems.join(" and ")}, so early defects and friction may go unreviewed.` }];
    },
  },
];
