/**
 * Automation ROI (seed 003): what the plan's five figures add up to. Computed from
 * unrounded values; `roundRoi` rounds each output figure to two decimals at the end, the
 * way the readiness index is rounded. Rules compare the unrounded figures.
 */
import type { Roi } from "../schema/assessment-v2";

export interface RoiFigures {
  currency: string | null;
  monthlyHoursSaved: number;
  monthlySavings: number;
  monthlyNet: number;
  /** null when the automation never pays back (monthlyNet ≤ 0). */
  paybackMonths: number | null;
  firstYearNet: number;
}

/**
 * A payback longer than this many months (about 83 billion years) is reported as this many:
 * a net of a few denormal cents a month would otherwise divide to Infinity, which JSON
 * cannot carry. ROI_SLOW_PAYBACK still fires on it.
 */
export const MAX_PAYBACK_MONTHS = 1e12;

/** null unless all five numbers are present. Inputs are capped at 1e9, so every figure is finite. */
export function roiFigures(roi: Roi | undefined): RoiFigures | null {
  if (roi === undefined) return null;
  const { runsPerMonth, minutesSavedPerRun, hourlyCost, buildCost, monthlyRunCost } = roi;
  if (
    runsPerMonth === undefined ||
    minutesSavedPerRun === undefined ||
    hourlyCost === undefined ||
    buildCost === undefined ||
    monthlyRunCost === undefined
  ) {
    return null;
  }
  const monthlyHoursSaved = (runsPerMonth * minutesSavedPerRun) / 60;
  const monthlySavings = monthlyHoursSaved * hourlyCost;
  const monthlyNet = monthlySavings - monthlyRunCost;
  return {
    currency: roi.currency ?? null,
    monthlyHoursSaved,
    monthlySavings,
    monthlyNet,
    paybackMonths: monthlyNet > 0 ? Math.min(buildCost / monthlyNet, MAX_PAYBACK_MONTHS) : null,
    firstYearNet: 12 * monthlyNet - buildCost,
  };
}

function toCents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function roundRoi(figures: RoiFigures): RoiFigures {
  return {
    currency: figures.currency,
    monthlyHoursSaved: toCents(figures.monthlyHoursSaved),
    monthlySavings: toCents(figures.monthlySavings),
    monthlyNet: toCents(figures.monthlyNet),
    paybackMonths: figures.paybackMonths === null ? null : toCents(figures.paybackMonths),
    firstYearNet: toCents(figures.firstYearNet),
  };
}
