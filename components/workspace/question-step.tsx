"use client";

import type { ComponentType } from "react";
import { questionByKey, type JudgedDocument, type QuestionKey, type RoiFiguresOutput } from "@/lib/readiness/client";
import type { FieldLeft, StepMarker } from "@/lib/workspace/step-progress";
import { isPlanStep } from "@/lib/workspace/steps";
import { WorkflowForm, LowConfidenceForm, LogsForm, MaintenanceForm, FirstLaunchForm } from "./form-questions";
import { ActionRows, DataSourceRows, SourceOfTruthRows, TestCaseRows } from "./row-questions";
import { ScoresStep } from "./scores-step";
import { fieldIdFor, type StepKey } from "./paths";
import { ReadStep } from "./read-step";
import { StepChecklist } from "./step-checklist";
import { Markers, STEP_HEADING_ID, StepIntro } from "./step-markers";
import { PlanStep } from "./plan-step";

export { STEP_HEADING_ID };

const FORMS: Readonly<Record<QuestionKey, ComponentType>> = {
  workflow: WorkflowForm,
  sourceOfTruth: SourceOfTruthRows,
  dataSources: DataSourceRows,
  lowConfidence: LowConfidenceForm,
  actions: ActionRows,
  testCases: TestCaseRows,
  logs: LogsForm,
  maintenance: MaintenanceForm,
  firstLaunch: FirstLaunchForm,
};

interface StepContentProps {
  step: StepKey;
  marker: StepMarker;
  left: readonly FieldLeft[];
  onSelectField: (path: string) => void;
  /** Set for viewers: the step is shown in read mode (the mapping sheet: its own read-only grid). */
  readDocument: JudgedDocument | null;
  /** The evaluation's ROI figures, for the ROI step (null on the other steps). */
  roi: RoiFiguresOutput | null;
}

/**
 * One step: the question (or the scores) with its guidance, its to-do list while it is
 * being filled in, then its form (or, for viewers, its answers as text). The form area
 * carries the section's id (`f-answers-testCases`) so findings on a whole section land here.
 */
export function StepContent({ step, marker, left, onSelectField, readDocument, roi }: StepContentProps) {
  if (isPlanStep(step)) {
    return <PlanStep section={step} marker={marker} left={left} onSelectField={onSelectField} roi={roi} readDocument={readDocument} />;
  }
  if (step === "scores") {
    return (
      <section aria-labelledby={STEP_HEADING_ID} className="space-y-4">
        <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
          Readiness areas
        </h2>
        <Markers marker={marker} />
        <div id="f-scores" tabIndex={-1}>
          {readDocument === null ? <ScoresStep /> : <ReadStep step={step} document={readDocument} />}
        </div>
      </section>
    );
  }
  const question = questionByKey(step);
  const Form = FORMS[step];
  return (
    <section aria-labelledby={STEP_HEADING_ID} className="space-y-4">
      <StepIntro
        kicker={question.number}
        title={question.title}
        marker={marker}
        why={question.why}
        goodTitle="What a good answer looks like"
        goodAnswer={question.goodAnswer}
      />
      <StepChecklist left={left} onSelect={onSelectField} />
      <div id={fieldIdFor(`answers.${step}`)} tabIndex={-1} className="@container">
        {readDocument === null ? <Form /> : <ReadStep step={step} document={readDocument} />}
      </div>
    </section>
  );
}
