/**
 * The evaluation's ROI figures (the rule engine's `roi` block) in words, for the ROI form and
 * the read mode, so the workspace never does the arithmetic a second time.
 */
import type { RoiFiguresOutput } from "@/lib/readiness/client";

export interface RoiFigure {
  key: "hours" | "net" | "payback" | "first-year";
  label: string;
  value: string;
}

function amount(value: number, currency: string | null): string {
  if (currency !== null) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(value);
    } catch {
      // Not a code Intl knows (the schema reports it): the number alone, with the code as typed.
    }
  }
  const number = new Intl.NumberFormat("en", { maximumFractionDigits: 0 }).format(value);
  return currency === null ? number : `${number} ${currency}`;
}

function paybackText(months: number | null): string {
  if (months === null) return "Never: running it costs more than it saves";
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(months)} months`;
}

export function roiFigures(roi: RoiFiguresOutput): RoiFigure[] {
  return [
    {
      key: "hours",
      label: "Hours saved per month",
      value: new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(roi.monthlyHoursSaved),
    },
    { key: "net", label: "Net value per month", value: amount(roi.monthlyNet, roi.currency) },
    { key: "payback", label: "Payback", value: paybackText(roi.paybackMonths) },
    { key: "first-year", label: "First-year net", value: amount(roi.firstYearNet, roi.currency) },
  ];
}
