"use client";

import type { ComponentType } from "react";
import { PLAN_SECTION_TEXTS, hasContent, type JudgedDocument, type PlanSectionKey, type RoiFiguresOutput } from "@/lib/readiness/client";
import { readPlanSection } from "@/lib/workspace/plan-read-model";
import type { FieldLeft, StepMarker } from "@/lib/workspace/step-progress";
import { Button } from "@/components/ui/button";
import { useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";
import { AccessControlsForm, EnablementForm, RoiForm } from "./plan-forms";
import { NotApplicableField, notApplicablePath } from "./plan-fields";
import { MappingGrid } from "./mapping-sheet/mapping-grid";
import { PlanReadStep } from "./plan-read-step";
import { ApiContractRows, ExceptionRows, KpiRows, RolloutRows, WorkflowMapRows } from "./plan-rows";
import { StepChecklist } from "./step-checklist";
import { STEP_HEADING_ID, StepIntro } from "./step-markers";
import { stepNumber } from "./step-navigator";

/** Every section but ROI, which also shows the evaluation's figures. */
const FORMS: Readonly<Record<Exclude<PlanSectionKey, "roi">, ComponentType>> = {
  workflowMap: WorkflowMapRows,
  fieldMappings: MappingGrid,
  apiContracts: ApiContractRows,
  exceptions: ExceptionRows,
  accessControls: AccessControlsForm,
  rollout: RolloutRows,
  kpis: KpiRows,
  enablement: EnablementForm,
};

/**
 * What a section declared not applicable shows instead of its fields. Content left in it is
 * ignored by the rules (NA_SECTION_HAS_CONTENT warns); one button removes it.
 */
function NotApplicableNote({ section }: { section: PlanSectionKey }) {
  const form = useWorkspaceForm();
  const path = `plan.${section}`;
  const content = useFieldValue(path);
  return (
    <div className="space-y-2 text-sm" data-testid="not-applicable-note">
      <p className="text-fg-muted">
        Declared not applicable: this section counts as answered and its rules do not run. Untick the box to fill it in.
      </p>
      {hasContent(content) && !form.readOnly ? (
        <>
          <p>It still holds answers, which the rules ignore.</p>
          <Button variant="secondary" size="sm" onClick={() => form.set(path, undefined)}>
            Remove what this section holds
          </Button>
        </>
      ) : null}
    </div>
  );
}

interface PlanStepProps {
  section: PlanSectionKey;
  marker: StepMarker;
  left: readonly FieldLeft[];
  onSelectField: (path: string) => void;
  roi: RoiFiguresOutput | null;
  /** Set for viewers: the section is shown in read mode (the mapping sheet: its grid, which reads itself). */
  readDocument: JudgedDocument | null;
}

function EditedSection({ section, roi }: { section: PlanSectionKey; roi: RoiFiguresOutput | null }) {
  const declared = useFieldValue(notApplicablePath(section));
  if (typeof declared === "string" && declared.trim() !== "") return <NotApplicableNote section={section} />;
  if (section === "roi") return <RoiForm roi={roi} />;
  const Form = FORMS[section];
  return <Form />;
}

/**
 * One section of the integration plan: its wording, the not-applicable declaration, its
 * to-do list while it is being filled in, then its form or rows (id `f-plan-<section>`, where
 * findings on the whole section land). A section declared not applicable hides its fields
 * (NotApplicableNote). Viewers read the section as text (PlanReadStep), the reason it does
 * not apply included; the mapping sheet's grid is read-only for them by itself.
 */
export function PlanStep({ section, marker, left, onSelectField, roi, readDocument }: PlanStepProps) {
  const text = PLAN_SECTION_TEXTS[section];
  const read = readDocument === null ? null : readPlanSection(readDocument, section, roi);
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
      {readDocument === null ? <NotApplicableField section={section} /> : null}
      <StepChecklist left={left} onSelect={onSelectField} />
      <div id={fieldIdFor(`plan.${section}`)} tabIndex={-1} className="@container">
        {read === null ? <EditedSection section={section} roi={roi} /> : <PlanReadStep read={read} />}
      </div>
    </section>
  );
}
