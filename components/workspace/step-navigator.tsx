"use client";

import { questionByKey } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { sectionName } from "@/lib/readiness/describe-path";
import type { StepMarker } from "@/lib/workspace/step-progress";
import { STEP_KEYS, type StepKey } from "./paths";

export function stepNumber(step: StepKey): string {
  return step === "scores" ? "1–5" : questionByKey(step).number;
}

export function stepLabel(step: StepKey): string {
  return step === "scores" ? "Area scores" : sectionName(step);
}

interface StepNavigatorProps {
  current: StepKey;
  markers: Readonly<Record<StepKey, StepMarker>>;
  onSelect: (step: StepKey) => void;
}

/**
 * Q1..Q9 and the scores, each with an answered tick (or a half circle while being filled
 * in) and a blocker count (shape + text, not colour). On phones a row that scrolls sideways.
 */
export function StepNavigator({ current, markers, onSelect }: StepNavigatorProps) {
  return (
    <nav aria-label="Assessment steps">
      <ol className="relative -mx-1 flex gap-1 overflow-x-auto px-1 pb-1 lg:mx-0 lg:flex-col lg:overflow-visible lg:px-0 lg:pb-0">
        {STEP_KEYS.map((step) => {
          const marker = markers[step];
          const active = step === current;
          return (
            <li key={step} className="shrink-0">
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
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
