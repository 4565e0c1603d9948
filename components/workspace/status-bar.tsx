"use client";

import type { ReactNode } from "react";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { readinessPercent, type EvaluationV2 as Evaluation } from "@/lib/readiness/client";
import type { SaveStatus } from "./autosave-machine";

/** The shared badge (shape + word), with a prefix for screen readers and hooks for tests. */
function Verdict({ verdict }: { verdict: Evaluation["verdict"] }) {
  return (
    <span data-testid="verdict" data-verdict={verdict} className="inline-flex items-center gap-1">
      <span className="sr-only">Verdict:</span>
      <VerdictBadge verdict={verdict} />
    </span>
  );
}

export const SAVE_STATUS_TEXT: Readonly<Record<SaveStatus, string>> = {
  saved: "Saved",
  saving: "Saving…",
  retrying: "Not saved — retrying",
  invalid: "Not saved — fix the highlighted fields",
  conflict: "Conflict — review changes",
};

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const bad = status === "retrying" || status === "invalid" || status === "conflict";
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={status}
      className={bad ? "text-sm font-medium text-danger" : "text-sm text-fg-muted"}
    >
      {SAVE_STATUS_TEXT[status]}
    </p>
  );
}

interface StatusBarProps {
  projectName: string;
  evaluation: Evaluation;
  /** The verdict as shown: blockers still being typed do not block yet (lib/workspace/step-progress). */
  verdict: Evaluation["verdict"];
  status: SaveStatus | null;
  /** The findings count that opens the sheet on phones. */
  findings?: ReactNode;
  actions?: ReactNode;
}

/**
 * Verdict, progress and save state, sticky so they stay visible while scrolling. The page's
 * h1 (the project name) comes from the project layout; the name is repeated here as plain
 * text because the h1 scrolls away. On phones it is one compact row: verdict, the findings
 * count (which opens them), save state and submit; the progress figures wait for wider screens.
 */
export function StatusBar({ projectName, evaluation, verdict, status, findings, actions }: StatusBarProps) {
  const { completeness, readinessIndex } = evaluation;
  const percent = readinessPercent(readinessIndex);
  // Opaque, not a translucent backdrop blur: the blur was re-rendered whenever the save state
  // changed, which made the first keystroke of a burst in the mapping grid 40-56 ms instead of 24-32.
  return (
    <header className="sticky top-0 z-20 -mx-4 border-b border-border bg-bg px-4 py-2 md:py-3" data-testid="status-bar">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <p className="hidden min-w-0 truncate text-sm md:block">
          <span className="font-semibold">{projectName}</span>
          <span className="text-fg-muted"> · readiness assessment</span>
        </p>
        <div className="flex flex-1 flex-wrap items-center gap-x-3 gap-y-2 md:flex-none">
          <Verdict verdict={verdict} />
          {findings}
          <p className="hidden text-sm md:block" data-testid="progress">
            {`Questions answered ${completeness.questionsAnswered}/${completeness.questionsTotal} · Plan sections ${completeness.planSectionsAnswered}/${completeness.planSectionsTotal} · Areas scored ${completeness.areasScored}/${completeness.areasTotal}`}
            {readinessIndex === null ? null : ` · Index ${readinessIndex.toFixed(2)} (${percent}%)`}
          </p>
          {status === null ? <p className="text-sm text-fg-muted">Read only</p> : <SaveIndicator status={status} />}
          {actions}
        </div>
      </div>
    </header>
  );
}
