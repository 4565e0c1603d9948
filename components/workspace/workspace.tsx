"use client";

import { useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { evaluate, RULESET_VERSION, type Answers, type Scores, type ValidationIssue } from "@/lib/readiness/client";
import { ConflictDialog } from "./conflict-dialog";
import { applyRowOperation, setAt, toAssessment, type WorkspaceDoc } from "./draft";
import { FindingsPanel } from "./findings-panel";
import { afterRender, focusElement, focusPath } from "./focus";
import { WorkspaceFormProvider, type WorkspaceForm } from "./form-context";
import { IssueSummary } from "./issue-summary";
import { STEP_KEYS, pathBelongsTo, stepForPath, type StepKey } from "./paths";
import { STEP_HEADING_ID, StepContent } from "./question-step";
import { stepMarkers } from "./step-markers";
import { StepNavigator, stepLabel, stepNumber } from "./step-navigator";
import { StatusBar } from "./status-bar";
import { SubmitForReview } from "./submit-for-review";
import { useAutosave } from "./use-autosave";

export interface WorkspaceProps {
  orgSlug: string;
  projectId: string;
  projectName: string;
  /** Viewers get everything read-only: disabled inputs, no row controls, no submit; still navigable. */
  canEdit: boolean;
  initial: { revision: number; answers: Answers; scores: Scores; updatedAt: string };
}

/** Browser-side and server-side problems, each once. */
function allIssues(local: readonly ValidationIssue[], server: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return [...local, ...server].filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function focusStepHeading() {
  document.getElementById(STEP_HEADING_ID)?.focus();
}

/** The assessment workspace: steps, forms, live findings, autosave, conflicts and submit. */
export function Workspace({ orgSlug, projectId, projectName, canEdit, initial }: WorkspaceProps) {
  const [initialDoc] = useState<WorkspaceDoc>(() => ({ answers: initial.answers, scores: initial.scores }));
  const autosave = useAutosave({
    orgSlug,
    projectId,
    enabled: canEdit,
    initial: { revision: initial.revision, doc: initialDoc, updatedAt: initial.updatedAt },
  });
  const { state, update } = autosave;
  const [step, setStep] = useState<StepKey>("workflow");

  const assessment = useMemo(() => toAssessment(state.doc), [state.doc]);
  // The rule engine is pure and fast (microseconds on typical drafts): run it on every change.
  const evaluation = useMemo(() => evaluate(assessment, { ruleset: RULESET_VERSION }), [assessment]);
  const markers = useMemo(() => stepMarkers(assessment, evaluation), [assessment, evaluation]);
  const issues = useMemo(() => allIssues(state.localIssues, state.serverIssues), [state.localIssues, state.serverIssues]);

  const form = useMemo<WorkspaceForm>(
    () => ({
      doc: state.doc,
      readOnly: !canEdit,
      set: (path, value) => {
        if (canEdit) update((doc) => setAt(doc, path, value));
      },
      rows: (section, operation) => {
        if (canEdit) update((doc) => applyRowOperation(doc, section, operation));
      },
      errorsFor: (path, options) =>
        issues.filter((issue) => (options?.exact ? issue.path === path : pathBelongsTo(issue.path, path))).map((issue) => issue.message),
      focusLater: (id, options) =>
        afterRender(() => {
          const element = document.getElementById(id);
          if (element !== null) focusElement(element, options);
        }),
    }),
    [state.doc, canEdit, update, issues],
  );

  const selectStep = (next: StepKey) => {
    setStep(next);
    afterRender(focusStepHeading);
  };

  /** From a finding or an issue: open its step and focus its field (or row, or section). */
  const goTo = (path: string) => {
    const target = stepForPath(path);
    if (target !== null) setStep(target);
    afterRender(() => {
      if (!focusPath(path)) focusStepHeading();
    });
  };

  // Deep links from elsewhere in the app (`…/projects/<id>#answers.actions.2`) open that field.
  useEffect(() => {
    const path = decodeURIComponent(window.location.hash.slice(1));
    const target = path === "" ? null : stepForPath(path);
    if (target === null) return;
    afterRender(() => {
      setStep(target);
      afterRender(() => focusPath(path));
    });
  }, []);

  const index = STEP_KEYS.indexOf(step);
  const previous = STEP_KEYS[index - 1];
  const next = STEP_KEYS[index + 1];

  return (
    <div className="space-y-6" data-testid="workspace">
      <StatusBar
        projectName={projectName}
        evaluation={evaluation}
        status={canEdit ? autosave.status : null}
        actions={canEdit ? <SubmitForReview orgSlug={orgSlug} projectId={projectId} flush={autosave.flush} blockers={evaluation.findings.filter((f) => f.severity === "blocker").length} /> : null}
      />
      {canEdit ? null : (
        <p className="rounded-lg border border-border bg-surface-muted p-3 text-sm">You can read this assessment; only editors can change it.</p>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[12rem_minmax(0,1fr)_18rem]">
        <div className="lg:sticky lg:top-24">
          <StepNavigator current={step} markers={markers} onSelect={selectStep} />
        </div>
        <div className="min-w-0 space-y-6" onBlur={canEdit ? () => autosave.saveNow() : undefined}>
          <IssueSummary issues={issues} onSelect={goTo} />
          <WorkspaceFormProvider value={form}>
            <StepContent step={step} marker={markers[step]} />
          </WorkspaceFormProvider>
          <nav aria-label="Previous and next step" className="flex justify-between gap-2 border-t border-border pt-4">
            {previous ? (
              <Button variant="secondary" onClick={() => selectStep(previous)}>
                ← {stepNumber(previous)} {stepLabel(previous)}
              </Button>
            ) : (
              <span />
            )}
            {next ? (
              <Button variant="secondary" onClick={() => selectStep(next)}>
                {stepNumber(next)} {stepLabel(next)} →
              </Button>
            ) : null}
          </nav>
        </div>
        <div className="lg:sticky lg:top-24">
          <FindingsPanel evaluation={evaluation} onSelect={goTo} />
        </div>
      </div>
      {state.conflict !== null ? (
        <ConflictDialog
          key={`${state.conflict.theirRevision}:${state.version}`}
          conflict={state.conflict}
          onSave={autosave.resolve}
          onDiscard={autosave.discardMine}
        />
      ) : null}
    </div>
  );
}
