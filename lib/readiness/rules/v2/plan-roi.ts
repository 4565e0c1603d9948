/** Automation ROI (plan.roi): ROI_NEGATIVE, ROI_SLOW_PAYBACK (seed 003). */
import { roiFigures } from "../../engine/roi";
import type { RuleDefinition } from "../types";

const SOURCE = "003 §Automation ROI";
/** Payback beyond a year is reported; exactly a year is not. */
export const PAYBACK_MONTHS_LIMIT = 12;

/** Two decimals with thousands separators, the way the evaluation rounds the ROI figures. */
function amount(value: number): string {
  const cents = Math.round(value * 100) / 100;
  // toFixed switches to exponent notation from 1e21 (possible with 1e9 inputs); say it plainly.
  if (Math.abs(cents) >= 1e21) return String(cents);
  const [whole = "0", fraction = "00"] = Math.abs(cents).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}${grouped}.${fraction}`;
}

function money(value: number, currency: string | null): string {
  return currency === null ? amount(value) : `${amount(value)} ${currency}`;
}

export const ROI_RULES: readonly RuleDefinition[] = [
  {
    id: "ROI_NEGATIVE",
    severity: "warning",
    planSection: "roi",
    requires: [],
    requiresPlan: ["roi"],
    track: "observability",
    stage: 1,
    title: "Automation does not pay for itself",
    source: SOURCE,
    remediation:
      "Check the figures; if they hold, cut the running cost, pick a workflow that runs more often or saves more time, or record why the integration is worth it anyway.",
    check: (document) => {
      const figures = roiFigures(document.plan?.roi);
      if (figures === null || figures.monthlyNet > 0) return [];
      return [
        {
          target: "plan.roi",
          message: `The time saved is worth ${money(figures.monthlySavings, figures.currency)} a month against ${money(document.plan?.roi?.monthlyRunCost ?? 0, figures.currency)} of running cost, a monthly net of ${money(figures.monthlyNet, figures.currency)}: the build never pays back.`,
        },
      ];
    },
  },
  {
    id: "ROI_SLOW_PAYBACK",
    severity: "info",
    planSection: "roi",
    requires: [],
    requiresPlan: ["roi"],
    track: "observability",
    stage: 1,
    title: "Payback takes more than a year",
    source: SOURCE,
    remediation: "Confirm the priority: a smaller first scope or a cheaper build may pay back sooner.",
    check: (document) => {
      const payback = roiFigures(document.plan?.roi)?.paybackMonths ?? null;
      // Compared unrounded, so 12.004 months is slower than a year even though it shows as 12.00.
      if (payback === null || !(payback > PAYBACK_MONTHS_LIMIT)) return [];
      return [{ target: "plan.roi", message: `The build pays back after ${amount(payback)} months, more than a year.` }];
    },
  },
];
