"use client";

import { PLAN_SECTION_KEYS, PLAN_SECTION_LABELS, QUESTION_KEYS, questionByKey } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { sectionName } from "@/lib/readiness/describe-path";
import type { StepMarker } from "@/lib/workspace/step-progress";
import { isPlanStep } from "@/lib/workspace/steps";
import type { StepKey } from "./paths";

export function stepNumber(step: StepKey): string {
  if (step === "scores") return "1–5";
  return isPlanStep(step) ? `P${PLAN_SECTION_KEYS.indexOf(step) + 1}` : questionByKey(step).number;
}

export function stepLabel(step: StepKey): string {
  if (step === "scores") return "Area scores";
  return isPlanStep(step) ? PLAN_SECTION_LABELS[step] : sectionName(step);
}

/** The navigator's three parts, in the order of STEP_KEYS. */
const GROUPS: readonly { label: string; steps: readonly StepKey[] }[] = [
  { label: "Questions", steps: QUESTION_KEYS },
  { label: "Plan", steps: PLAN_SECTION_KEYS },
  { label: "Scores", steps: ["scores"] },
];

interface StepNavigatorProps {
  current: StepKey;
  markers: Readonly<Record<StepKey, StepMarker>>;
  onSelect: (step: StepKey) => void;
}

function StepButton({
  step,
  marker,
  active,
  onSelect,
}: {
  step: StepKey;
  marker: StepMarker;
  active: boolean;
  onSelect: (step: StepKey) => void;
}) {
  return (
    <button
      type="button"
      id={`step-${step}`}
      aria-current={active ? "step" : undefined}
      onClick={() => onSelect(step)}
      className={cn(
        "flex w-full items-center gap-2 whitespace-nowrap rounded-md border border-transparent px-2 py-1.5 text-left text-sm hover:bg-surface-muted lg:whitespace-normal",
        active && "border-accent bg-surface font-semibold",
      )}
    >
      <span className="w-8 shrink-0 text-xs text-fg-muted">{stepNumber(step)}</span>
      <span className="flex-1">{stepLabel(step)}</span>
      {marker.state === "answered" ? (
        <span className="text-success" title="Answered">
          <span aria-hidden>✓</span>
          <span className="sr-only">, answered</span>
        </span>
      ) : marker.state === "in-progress" ? (
        <span className="text-xs text-fg-muted" title="In progress">
          <span aria-hidden>◐ {marker.fieldsLeft}</span>
          <span className="sr-only">
            , in progress: {marker.fieldsLeft} {marker.fieldsLeft === 1 ? "field" : "fields"} left
          </span>
        </span>
      ) : (
        <span className="sr-only">, not answered</span>
      )}
      {marker.blockers > 0 ? (
        <span className="inline-flex items-center gap-0.5 rounded-full border border-danger bg-danger-soft px-1.5 text-xs text-danger">
          <span aria-hidden>✕</span>
          {marker.blockers}
          <span className="sr-only"> {marker.blockers === 1 ? "blocker" : "blockers"}</span>
        </span>
      ) : null}
    </button>
  );
}

/**
 * Q1..Q9, the plan's sections P1..P9 and the scores, each with an answered tick (or a half
 * circle while being filled in) and a blocker count (shape + text, not colour). Each part is
 * a labelled list. On phones one row that scrolls sideways.
 */
export function StepNavigator({ current, markers, onSelect }: StepNavigatorProps) {
  return (
    <nav aria-label="Assessment steps">
      <div className="relative -mx-1 flex gap-1 overflow-x-auto px-1 pb-1 lg:mx-0 lg:flex-col lg:gap-3 lg:overflow-visible lg:px-0 lg:pb-0">
        {GROUPS.map((group) => (
          <div key={group.label} className="flex shrink-0 items-center gap-1 lg:block">
            <p id={`steps-${group.label.toLowerCase()}`} className="shrink-0 px-2 text-xs font-semibold uppercase text-fg-muted">
              {group.label}
            </p>
            <ol aria-labelledby={`steps-${group.label.toLowerCase()}`} className="flex gap-1 lg:flex-col">
              {group.steps.map((step) => (
                <li key={step} className="shrink-0">
                  <StepButton step={step} marker={markers[step]} active={step === current} onSelect={onSelect} />
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </nav>
  );
}
