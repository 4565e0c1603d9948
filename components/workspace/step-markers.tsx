"use client";

import type { StepMarker } from "@/lib/workspace/step-progress";

export const STEP_HEADING_ID = "workspace-step-title";

const STATE_TEXT = {
  answered: { icon: "✓ ", text: "Answered", className: "text-success" },
  "in-progress": { icon: "◐ ", text: "In progress", className: "text-fg" },
  unanswered: { icon: "○ ", text: "Not answered yet", className: "text-fg-muted" },
} as const;

/** The step's state under its heading: answered or not, and its blockers (shape + text, not colour). */
export function Markers({ marker }: { marker: StepMarker }) {
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

interface StepIntroProps {
  /** "Q5", "P6 · Integration plan". */
  kicker: string;
  title: string;
  marker: StepMarker;
  why: string;
  goodTitle: string;
  goodAnswer: string;
}

/** A step's heading (focused when the step opens), its state, why it matters and what good looks like. */
export function StepIntro({ kicker, title, marker, why, goodTitle, goodAnswer }: StepIntroProps) {
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-accent">{kicker}</p>
      <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
        {title}
      </h2>
      <Markers marker={marker} />
      <p className="text-sm text-fg-muted">{why}</p>
      <div className="rounded-lg border border-border bg-surface-muted p-3 text-sm">
        <p className="font-semibold">{goodTitle}</p>
        <p>{goodAnswer}</p>
      </div>
    </div>
  );
}
