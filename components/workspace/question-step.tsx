"use client";

import type { ComponentType } from "react";
import { questionByKey, type QuestionKey } from "@/lib/readiness/client";
import { WorkflowForm, LowConfidenceForm, LogsForm, MaintenanceForm, FirstLaunchForm } from "./form-questions";
import { ActionRows, DataSourceRows, SourceOfTruthRows, TestCaseRows } from "./row-questions";
import { ScoresStep } from "./scores-step";
import { fieldIdFor, type StepKey } from "./paths";
import type { StepMarker } from "./step-markers";

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

function Markers({ marker }: { marker: StepMarker }) {
  return (
    <p className="flex flex-wrap gap-3 text-sm">
      <span className={marker.answered ? "text-success" : "text-fg-muted"}>
        <span aria-hidden>{marker.answered ? "✓ " : "○ "}</span>
        {marker.answered ? "Answered" : "Not answered yet"}
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

/**
 * One step: the question (or the scores) with its guidance, then its form. The form area
 * carries the section's id (`f-answers-testCases`) so findings on a whole section land here.
 */
export function StepContent({ step, marker }: { step: StepKey; marker: StepMarker }) {
  if (step === "scores") {
    return (
      <section aria-labelledby={STEP_HEADING_ID} className="space-y-4">
        <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
          Readiness areas
        </h2>
        <Markers marker={marker} />
        <div id="f-scores" tabIndex={-1}>
          <ScoresStep />
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
      <div id={fieldIdFor(`answers.${step}`)} tabIndex={-1} className="@container">
        <Form />
      </div>
    </section>
  );
}
