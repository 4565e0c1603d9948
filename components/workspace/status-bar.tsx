"use client";

import type { ReactNode } from "react";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { readinessPercent, type Evaluation } from "@/lib/readiness/client";
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
    <p role="status" aria-live="polite" data-testid="save-status" data-status={status} className={bad ? "text-sm font-medium text-danger" : "text-sm text-fg-muted"}>
      {SAVE_STATUS_TEXT[status]}
    </p>
  );
}

interface StatusBarProps {
  projectName: string;
  evaluation: Evaluation;
  status: SaveStatus | null;
  actions?: ReactNode;
}

/**
 * Verdict, progress and save state, sticky so they stay visible while scrolling. The page's
 * h1 (the project name) comes from the project layout; the name is repeated here as plain
 * text because the h1 scrolls away.
 */
export function StatusBar({ projectName, evaluation, status, actions }: StatusBarProps) {
  const { completeness, readinessIndex } = evaluation;
  const percent = readinessPercent(readinessIndex);
  return (
    <header className="sticky top-0 z-20 -mx-4 border-b border-border bg-bg/95 px-4 py-3 backdrop-blur">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="min-w-0 truncate text-sm">
          <span className="font-semibold">{projectName}</span>
          <span className="text-fg-muted"> · readiness assessment</span>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Verdict verdict={evaluation.verdict} />
          <p className="text-sm" data-testid="progress">
            {`Questions answered ${completeness.questionsAnswered}/${completeness.questionsTotal} · Areas scored ${completeness.areasScored}/${completeness.areasTotal}`}
            {readinessIndex === null ? null : ` · Index ${readinessIndex.toFixed(2)} (${percent}%)`}
          </p>
          {status === null ? <p className="text-sm text-fg-muted">Read only</p> : <SaveIndicator status={status} />}
          {actions}
        </div>
      </div>
    </header>
  );
}
