"use client";

import type { FieldLeft } from "@/lib/workspace/step-progress";

/**
 * The to-do list of a step being filled in: what is still empty, each a link to its field.
 * It replaces the blockers those fields would raise until the person leaves the step.
 */
export function StepChecklist({ left, onSelect }: { left: readonly FieldLeft[]; onSelect: (path: string) => void }) {
  if (left.length === 0) return null;
  const count = `${left.length} ${left.length === 1 ? "field" : "fields"} left`;
  return (
    <section
      aria-labelledby="step-checklist-title"
      className="rounded-lg border border-border bg-surface p-3 text-sm"
      data-testid="step-checklist"
    >
      <h3 id="step-checklist-title" className="font-semibold">
        <span data-testid="fields-left">{count}</span>
        <span className="font-normal text-fg-muted"> — findings on them count once you leave this step</span>
      </h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {left.map((field) => (
          <li key={field.path}>
            <button
              type="button"
              onClick={() => onSelect(field.path)}
              className="inline-flex items-center gap-1.5 rounded-full border border-border px-2.5 py-1 text-left hover:bg-surface-muted"
            >
              <span aria-hidden className="text-fg-muted">
                ○
              </span>
              {field.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
