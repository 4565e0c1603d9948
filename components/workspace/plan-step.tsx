"use client";

import type { ComponentType } from "react";
import { PLAN_SECTION_TEXTS, type PlanSectionKey, type RoiFiguresOutput } from "@/lib/readiness/client";
import type { FieldLeft, StepMarker } from "@/lib/workspace/step-progress";
import { useFieldValue } from "./form-context";
import { fieldIdFor } from "./paths";
import { AccessControlsForm, EnablementForm, RoiForm } from "./plan-forms";
import { NotApplicableField, notApplicablePath } from "./plan-fields";
import { ApiContractRows, ExceptionRows, FieldMappingRows, KpiRows, RolloutRows, WorkflowMapRows } from "./plan-rows";
import { StepChecklist } from "./step-checklist";
import { STEP_HEADING_ID, StepIntro } from "./step-markers";
import { stepNumber } from "./step-navigator";

/** Every section but ROI, which also shows the evaluation's figures. */
const FORMS: Readonly<Record<Exclude<PlanSectionKey, "roi">, ComponentType>> = {
  workflowMap: WorkflowMapRows,
  fieldMappings: FieldMappingRows,
  apiContracts: ApiContractRows,
  exceptions: ExceptionRows,
  accessControls: AccessControlsForm,
  rollout: RolloutRows,
  kpis: KpiRows,
  enablement: EnablementForm,
};

interface PlanStepProps {
  section: PlanSectionKey;
  marker: StepMarker;
  left: readonly FieldLeft[];
  onSelectField: (path: string) => void;
  roi: RoiFiguresOutput | null;
}

/**
 * One section of the integration plan: its wording, the not-applicable declaration, its
 * to-do list while it is being filled in, then its form or rows (id `f-plan-<section>`, where
 * findings on the whole section land). Viewers get the same form, disabled. A section declared
 * not applicable hides its fields: the rules ignore them (NA_SECTION_HAS_CONTENT says so if
 * some are left).
 */
export function PlanStep({ section, marker, left, onSelectField, roi }: PlanStepProps) {
  const text = PLAN_SECTION_TEXTS[section];
  const declared = useFieldValue(notApplicablePath(section));
  const notApplicable = typeof declared === "string" && declared.trim() !== "";
  const Form = section === "roi" ? null : FORMS[section];
  return (
    <section aria-labelledby={STEP_HEADING_ID} className="space-y-4">
      <StepIntro
        kicker={`${stepNumber(section)} · Integration plan`}
        title={text.title}
        marker={marker}
        why={text.why}
        goodTitle="What a good plan looks like"
        goodAnswer={text.goodAnswer}
      />
      <NotApplicableField section={section} />
      <StepChecklist left={left} onSelect={onSelectField} />
      <div id={fieldIdFor(`plan.${section}`)} tabIndex={-1} className="@container">
        {notApplicable ? (
          <p className="text-sm text-fg-muted" data-testid="not-applicable-note">
            Declared not applicable: this section counts as answered and its rules do not run. Untick the box to fill it in.
          </p>
        ) : Form === null ? (
          <RoiForm roi={roi} />
        ) : (
          <Form />
        )}
      </div>
    </section>
  );
}
