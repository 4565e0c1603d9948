"use client";

/** The plan's single-form sections: ROI (with its figures), access controls and enablement. */
import { memo } from "react";
import { LIMITS_V2, PLAN_SECTION_TEXTS, REVIEW_CADENCES, REVIEW_CADENCE_LABELS, type RoiFiguresOutput } from "@/lib/readiness/client";
import { EnumField, TriStateField, optionsFor } from "./choice-fields";
import { CurrencyField } from "./plan-fields";
import { NumberField } from "./text-fields";

const grid = "grid gap-4 @xl:grid-cols-2";
const ROI_AMOUNTS = ["runsPerMonth", "minutesSavedPerRun", "hourlyCost", "buildCost", "monthlyRunCost"] as const;

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

/**
 * What the five numbers add up to, as the rule engine computed them (the evaluation's `roi`
 * block), so the workspace never does the arithmetic a second time.
 */
function RoiFigures({ roi }: { roi: RoiFiguresOutput | null }) {
  if (roi === null) {
    return (
      <p className="rounded-lg border border-dashed border-border p-3 text-sm text-fg-muted" data-testid="roi-figures" data-state="empty">
        Fill in the five numbers to see the hours saved, the monthly net, the payback and the first year.
      </p>
    );
  }
  const figures = [
    {
      key: "hours",
      label: "Hours saved per month",
      value: new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(roi.monthlyHoursSaved),
    },
    { key: "net", label: "Net value per month", value: amount(roi.monthlyNet, roi.currency) },
    { key: "payback", label: "Payback", value: paybackText(roi.paybackMonths) },
    { key: "first-year", label: "First-year net", value: amount(roi.firstYearNet, roi.currency) },
  ];
  return (
    <section
      aria-label="ROI figures"
      className="rounded-lg border border-border bg-surface-muted p-3"
      data-testid="roi-figures"
      data-state="filled"
    >
      <dl className="grid gap-3 @xl:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.key}>
            <dt className="text-xs text-fg-muted">{figure.label}</dt>
            <dd className="font-semibold" data-testid={`roi-${figure.key}`}>
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-fg-muted">Updated as you type, from the same calculation the reports use.</p>
    </section>
  );
}

export function RoiForm({ roi }: { roi: RoiFiguresOutput | null }) {
  const f = PLAN_SECTION_TEXTS.roi.fields;
  return (
    <div className="space-y-4">
      <div className={grid}>
        {ROI_AMOUNTS.map((key) => (
          <NumberField key={key} path={`plan.roi.${key}`} text={f[key]!} max={LIMITS_V2.roiAmount} integer={false} />
        ))}
        <CurrencyField path="plan.roi.currency" text={f.currency!} />
      </div>
      <RoiFigures roi={roi} />
    </div>
  );
}

export const AccessControlsForm = memo(function AccessControlsForm() {
  const f = PLAN_SECTION_TEXTS.accessControls.fields;
  return (
    <div className={grid}>
      {Object.keys(f).map((key) => (
        <TriStateField key={key} path={`plan.accessControls.${key}`} text={f[key]!} />
      ))}
    </div>
  );
});

const CADENCE_OPTIONS = optionsFor(REVIEW_CADENCES, REVIEW_CADENCE_LABELS);

export const EnablementForm = memo(function EnablementForm() {
  const f = PLAN_SECTION_TEXTS.enablement.fields;
  const p = "plan.enablement";
  return (
    <div className={grid}>
      <TriStateField path={`${p}.sopsUpdated`} text={f.sopsUpdated!} />
      <TriStateField path={`${p}.frontlineTrained`} text={f.frontlineTrained!} />
      <TriStateField path={`${p}.leadsTrainedOnFailures`} text={f.leadsTrainedOnFailures!} />
      <TriStateField path={`${p}.incidentOwnersPublished`} text={f.incidentOwnersPublished!} />
      <EnumField path={`${p}.stabilizationReviews`} text={f.stabilizationReviews!} options={CADENCE_OPTIONS} />
      <NumberField path={`${p}.stabilizationDays`} text={f.stabilizationDays!} max={LIMITS_V2.stabilizationDays} />
    </div>
  );
});
