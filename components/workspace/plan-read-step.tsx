"use client";

import type { PlanRead } from "@/lib/workspace/plan-read-model";
import { fieldIdFor } from "./paths";
import { RoiFigurePanel } from "./plan-forms";
import { READ_VALUE, ReadFields, ReadRows } from "./read-step";

function Content({ read }: { read: PlanRead }) {
  if (read.shape === "rows") return <ReadRows rows={read.rows} />;
  if (read.shape === "form") {
    return (
      <div className="space-y-3">
        <ReadFields fields={read.fields} />
        {read.figures.length > 0 ? <RoiFigurePanel figures={read.figures} note="From the same calculation the reports use." /> : null}
      </div>
    );
  }
  // The declaration's own id, so findings on it (an empty or stale reason) land on the reason.
  return (
    <p id={fieldIdFor(read.path)} tabIndex={-1} className={`${READ_VALUE} text-sm`} data-testid="not-applicable-note">
      <span className="font-medium">Not applicable: </span>
      {read.reason}
    </p>
  );
}

/**
 * A viewer's read mode of a plan section: its fields as text that wraps (label, value; rows
 * as cards), or the reason it does not apply, instead of a disabled form that cuts text off.
 */
export function PlanReadStep({ read }: { read: PlanRead }) {
  return (
    <div data-testid="read-mode">
      <Content read={read} />
    </div>
  );
}
