"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Answers, Plan, Scores, ValidationIssue } from "@/lib/readiness/client";
import { evaluateIgnoringBlankRows } from "@/lib/workspace/blank-rows";
import { indexIssues, sameIssues } from "@/lib/workspace/issue-index";
import { standingIssues } from "@/lib/workspace/standing-issues";
import { fieldsLeft, presentedVerdict, splitFindings, stepMarkers, type StepVisit } from "@/lib/workspace/step-progress";
import { ConflictDialog } from "./conflict-dialog";
import { applyRowOperation, setAt, toAssessment, type WorkspaceDoc } from "./draft";
import { FindingsPanel } from "./findings-panel";
import { FindingsSheet } from "./findings-sheet";
import { FieldSource } from "./field-source";
import { afterRender, focusElement, focusPathWhenShown, revealElement } from "./focus";
import { WorkspaceFormProvider, type WorkspaceForm } from "./form-context";
import { IssueSummary } from "./issue-summary";
import { STEP_KEYS, stepForPath, type StepKey } from "./paths";
import { STEP_HEADING_ID, StepContent } from "./question-step";
import { StepNavigator, stepLabel, stepNumber } from "./step-navigator";
import { StatusBar } from "./status-bar";
import { SubmitForReview } from "./submit-for-review";
import { useAutosave } from "./use-autosave";
import { useSettled } from "./use-settled";

export interface WorkspaceProps {
  orgSlug: string;
  projectId: string;
  projectName: string;
  /** Viewers get everything read-only: disabled inputs, no row controls, no submit; still navigable. */
  canEdit: boolean;
  initial: { revision: number; answers: Answers; scores: Scores; plan: Plan; updatedAt: string };
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

/** How long typing must pause before the findings and markers are brought up to date. */
const SETTLE_MS = 200;

/** The assessment workspace: steps, forms, live findings, autosave, conflicts and submit. */
export function Workspace({ orgSlug, projectId, projectName, canEdit, initial }: WorkspaceProps) {
  const [initialDoc] = useState<WorkspaceDoc>(() => ({ answers: initial.answers, scores: initial.scores, plan: initial.plan }));
  const autosave = useAutosave({
    orgSlug,
    projectId,
    enabled: canEdit,
    initial: { revision: initial.revision, doc: initialDoc, updatedAt: initial.updatedAt },
  });
  const { state, update, getState } = autosave;
  // The rule engine and the step progress judge the document once typing pauses (a 300-action
  // draft takes tens of milliseconds to judge): keystrokes stay off that path (issue #17).
  const settledDoc = useSettled(state.doc, SETTLE_MS);
  const assessment = useMemo(() => toAssessment(settledDoc), [settledDoc]);
  // The open step and the document as it was when it was opened: what was empty then is
  // "in progress" while the person fills it in (lib/workspace/step-progress.ts).
  const [visit, setVisit] = useState<StepVisit>(() => ({ step: "workflow", entry: assessment }));
  const step = visit.step;
  const setStep = useCallback(
    (next: StepKey) => setVisit((current) => (current.step === next ? current : { step: next, entry: toAssessment(getState().doc) })),
    [getState],
  );

  const evaluation = useMemo(() => evaluateIgnoringBlankRows(assessment), [assessment]);
  // Viewers edit nothing, so nothing of theirs is in progress.
  const editing = canEdit ? visit : null;
  const split = useMemo(() => splitFindings(evaluation.findings, assessment, editing), [evaluation, assessment, editing]);
  const verdict = presentedVerdict(evaluation, split);
  const left = useMemo(() => fieldsLeft(assessment, editing), [assessment, editing]);
  const markers = useMemo(() => stepMarkers(assessment, split.settled, editing), [assessment, split, editing]);
  // The document the server refused, kept with its problems so that fixing a field clears its message at once.
  const [refused, setRefused] = useState({ issues: state.serverIssues, doc: state.doc });
  if (refused.issues !== state.serverIssues) setRefused({ issues: state.serverIssues, doc: state.doc });
  const issues = useMemo(
    () => allIssues(state.localIssues, standingIssues(state.serverIssues, refused.doc, state.doc)),
    [state.localIssues, state.serverIssues, refused.doc, state.doc],
  );
  // Fields read their messages from an index that changes only when the messages do.
  const [issueIndex, setIssueIndex] = useState(() => indexIssues(issues));
  if (!sameIssues(issueIndex.issues, issues)) setIssueIndex(indexIssues(issues));
  const [source] = useState(() => new FieldSource({ subscribe: autosave.subscribe, getState }, issueIndex));
  useLayoutEffect(() => source.setIssues(issueIndex), [source, issueIndex]);

  // Stable while the workspace is open: the forms below re-render only for their own values.
  const form = useMemo<WorkspaceForm>(
    () => ({
      readOnly: !canEdit,
      projectName,
      set: (path, value) => {
        if (canEdit) update((doc) => setAt(doc, path, value));
      },
      rows: (section, operation) => {
        if (canEdit) update((doc) => applyRowOperation(doc, section, operation));
      },
      focusLater: (id, options) =>
        afterRender(() => {
          const element = revealElement(id);
          if (element !== null) focusElement(element, options);
        }),
      source,
    }),
    [canEdit, projectName, update, source],
  );

  const selectStep = useCallback(
    (next: StepKey) => {
      setStep(next);
      afterRender(focusStepHeading);
    },
    [setStep],
  );

  /** From a finding, an issue or a to-do item: open its step, focus and outline its field (or row, or section). */
  const goTo = useCallback(
    (path: string) => {
      const target = stepForPath(path);
      if (target !== null) setStep(target);
      focusPathWhenShown(path, focusStepHeading);
    },
    [setStep],
  );

  // Deep links from elsewhere in the app (`…/projects/<id>#answers.actions.2`) open that field,
  // on arrival and when the fragment changes on this page (the command palette's questions).
  useEffect(() => {
    const openFromHash = () => {
      const path = decodeURIComponent(window.location.hash.slice(1));
      const target = path === "" ? null : stepForPath(path);
      if (target === null) return;
      afterRender(() => {
        setVisit((current) => ({ ...current, step: target }));
        // A whole question (`answers.logs`) has no control of its own: its step's heading takes focus.
        focusPathWhenShown(path, focusStepHeading);
      });
    };
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
    return () => window.removeEventListener("hashchange", openFromHash);
  }, []);

  const index = STEP_KEYS.indexOf(step);
  const previous = STEP_KEYS[index - 1];
  const next = STEP_KEYS[index + 1];

  const panel = useMemo(
    () => ({ settled: split.settled, inProgress: split.inProgress, step, rulesetVersion: evaluation.rulesetVersion, onSelect: goTo }),
    [split, step, evaluation.rulesetVersion, goTo],
  );
  // Elements kept between keystrokes: React skips what did not change.
  const findingsSheet = useMemo(() => <FindingsSheet {...panel} />, [panel]);
  const findingsPanel = useMemo(
    () => <FindingsPanel {...panel} idPrefix="findings" testId="findings-panel" className="max-h-[calc(100dvh-7rem)] overflow-y-auto" />,
    [panel],
  );
  // Only the ROI step shows the figures: other steps keep their content between evaluations.
  const roi = step === "roi" ? evaluation.roi : null;
  const blockers = evaluation.findings.filter((f) => f.severity === "blocker").length;
  const submit = useMemo(
    () => (canEdit ? <SubmitForReview orgSlug={orgSlug} projectId={projectId} flush={autosave.flush} blockers={blockers} /> : null),
    [canEdit, orgSlug, projectId, autosave.flush, blockers],
  );
  const navigator = useMemo(() => <StepNavigator current={step} markers={markers} onSelect={selectStep} />, [step, markers, selectStep]);
  const content = useMemo(
    () => (
      <WorkspaceFormProvider value={form}>
        <StepContent
          step={step}
          marker={markers[step]}
          left={left}
          onSelectField={goTo}
          readDocument={canEdit ? null : assessment}
          roi={roi}
        />
      </WorkspaceFormProvider>
    ),
    [form, step, markers, left, goTo, canEdit, assessment, roi],
  );

  return (
    // Fields scrolled to sit below the sticky status bar, never under it.
    <div className="space-y-6 [&_[id^=f-]]:scroll-mt-28" data-testid="workspace">
      <StatusBar
        projectName={projectName}
        evaluation={evaluation}
        verdict={verdict}
        status={canEdit ? autosave.status : null}
        findings={findingsSheet}
        actions={submit}
      />
      {canEdit ? null : (
        <p className="rounded-lg border border-border bg-surface-muted p-3 text-sm">
          You can read this assessment; only editors can change it.
        </p>
      )}
      <div className="grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_16rem] lg:grid-cols-[12rem_minmax(0,1fr)_18rem]">
        <div className="min-w-0 md:col-span-2 lg:sticky lg:top-24 lg:col-span-1">{navigator}</div>
        <div className="min-w-0 space-y-6" onBlur={canEdit ? () => autosave.saveNow() : undefined}>
          <IssueSummary issues={issues} onSelect={goTo} />
          {content}
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
        {/* Below 768 px the findings live in the sheet opened from the status bar. */}
        <div className="hidden md:sticky md:top-24 md:block">{findingsPanel}</div>
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
