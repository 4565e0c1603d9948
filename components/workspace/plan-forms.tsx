"use client";

/** The plan's single-form sections: ROI (with its figures), access controls and enablement. */
import { memo } from "react";
import { LIMITS_V2, PLAN_SECTION_TEXTS, REVIEW_CADENCES, REVIEW_CADENCE_LABELS, type RoiFiguresOutput } from "@/lib/readiness/client";
import { roiFigures, type RoiFigure } from "@/lib/workspace/roi-figures";
import { EnumField, TriStateField, optionsFor } from "./choice-fields";
import { CurrencyField } from "./plan-fields";
import { NumberField } from "./text-fields";

const grid = "grid gap-4 @xl:grid-cols-2";
const ROI_AMOUNTS = ["runsPerMonth", "minutesSavedPerRun", "hourlyCost", "buildCost", "monthlyRunCost"] as const;

/** The figures the rule engine computed from the five numbers (the evaluation's `roi` block), with a note on where they come from. */
export function RoiFigurePanel({ figures, note }: { figures: readonly RoiFigure[]; note: string }) {
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
      <p className="mt-2 text-xs text-fg-muted">{note}</p>
    </section>
  );
}

function RoiFigures({ roi }: { roi: RoiFiguresOutput | null }) {
  if (roi === null) {
    return (
      <p className="rounded-lg border border-dashed border-border p-3 text-sm text-fg-muted" data-testid="roi-figures" data-state="empty">
        Fill in the five numbers to see the hours saved, the monthly net, the payback and the first year.
      </p>
    );
  }
  return <RoiFigurePanel figures={roiFigures(roi)} note="Updated as you type, from the same calculation the reports use." />;
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
