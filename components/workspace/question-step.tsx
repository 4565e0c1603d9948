"use client";

import type { ComponentType } from "react";
import { questionByKey, type AssessmentDocument, type QuestionKey } from "@/lib/readiness/client";
import type { FieldLeft, StepMarker } from "@/lib/workspace/step-progress";
import { WorkflowForm, LowConfidenceForm, LogsForm, MaintenanceForm, FirstLaunchForm } from "./form-questions";
import { ActionRows, DataSourceRows, SourceOfTruthRows, TestCaseRows } from "./row-questions";
import { ScoresStep } from "./scores-step";
import { fieldIdFor, type StepKey } from "./paths";
import { ReadStep } from "./read-step";
import { StepChecklist } from "./step-checklist";

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

export const STEP_HEADING_ID = "workspace-step-title";

const STATE_TEXT = {
  answered: { icon: "✓ ", text: "Answered", className: "text-success" },
  "in-progress": { icon: "◐ ", text: "In progress", className: "text-fg" },
  unanswered: { icon: "○ ", text: "Not answered yet", className: "text-fg-muted" },
} as const;

function Markers({ marker }: { marker: StepMarker }) {
  const state = STATE_TEXT[marker.state];
  return (
    <p className="flex flex-wrap gap-3 text-sm" data-testid="step-state" data-state={marker.state}>
      <span className={state.className}>
        <span aria-hidden>{state.icon}</span>
        {state.text}
      </span>
      {marker.blockers > 0 ? (
        <span className="font-medium text-danger">
          <span aria-hidden>✕ </span>
          {marker.blockers} {marker.blockers === 1 ? "blocker" : "blockers"}: see the findings
        </span>
      ) : null}
    </p>
  );
}

interface StepContentProps {
  step: StepKey;
  marker: StepMarker;
  left: readonly FieldLeft[];
  onSelectField: (path: string) => void;
  /** Set for viewers: the step is shown in read mode. */
  readDocument: AssessmentDocument | null;
}

/**
 * One step: the question (or the scores) with its guidance, its to-do list while it is
 * being filled in, then its form (or, for viewers, its answers as text). The form area
 * carries the section's id (`f-answers-testCases`) so findings on a whole section land here.
 */
export function StepContent({ step, marker, left, onSelectField, readDocument }: StepContentProps) {
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
      <div className="space-y-2">
        <p className="text-sm font-semibold text-accent">{question.number}</p>
        <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
          {question.title}
        </h2>
        <Markers marker={marker} />
        <p className="text-sm text-fg-muted">{question.why}</p>
        <div className="rounded-lg border border-border bg-surface-muted p-3 text-sm">
          <p className="font-semibold">What a good answer looks like</p>
          <p>{question.goodAnswer}</p>
        </div>
      </div>
      <StepChecklist left={left} onSelect={onSelectField} />
      <div id={fieldIdFor(`answers.${step}`)} tabIndex={-1} className="@container">
        {readDocument === null ? <Form /> : <ReadStep step={step} document={readDocument} />}
      </div>
    </section>
  );
}
