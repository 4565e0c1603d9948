"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { useState } from "react";
import type { FindingV2 as Finding } from "@/lib/readiness/client";
import { FindingsPanel, type FindingsPanelProps } from "./findings-panel";

/** "2 blockers · 3 warnings", or "No findings". */
export function countsText(findings: readonly Finding[]): string {
  const blockers = findings.filter((f) => f.severity === "blocker").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const parts: string[] = [];
  if (blockers > 0) parts.push(`${blockers} ${blockers === 1 ? "blocker" : "blockers"}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  if (parts.length === 0) parts.push(findings.length === 0 ? "No findings" : `${findings.length} info`);
  return parts.join(" · ");
}

type SheetProps = Omit<FindingsPanelProps, "idPrefix" | "className" | "testId">;

/**
 * Phones (below 768 px): the findings as a bottom sheet, opened from their count in the
 * status bar, so they are one tap away instead of after the whole form. Choosing a finding
 * closes the sheet and moves focus to its field (not back to the count).
 */
export function FindingsSheet({ onSelect, ...panel }: SheetProps) {
  const [open, setOpen] = useState(false);
  const blockers = panel.settled.some((f) => f.severity === "blocker");
  const select = (target: string) => {
    setOpen(false);
    onSelect(target);
  };
  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        <button
          type="button"
          data-testid="findings-count"
          className={
            blockers
              ? "rounded-full border border-danger bg-danger-soft px-3 py-1 text-sm font-medium text-danger md:hidden"
              : "rounded-full border border-border bg-surface px-3 py-1 text-sm font-medium md:hidden"
          }
        >
          {countsText(panel.settled)}
          <span className="sr-only">: show the findings</span>
        </button>
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => event.preventDefault()}
          className="fixed inset-x-0 bottom-0 z-50 flex max-h-[85dvh] flex-col rounded-t-2xl border border-border bg-bg shadow-xl"
          data-testid="findings-sheet-dialog"
        >
          <div className="flex items-center justify-between border-b border-border px-4 py-2">
            <DialogPrimitive.Title className="text-sm font-semibold">{countsText(panel.settled)}</DialogPrimitive.Title>
            <DialogPrimitive.Close className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-surface-muted">
              Close
            </DialogPrimitive.Close>
          </div>
          <div className="overflow-y-auto p-3">
            <FindingsPanel {...panel} onSelect={select} idPrefix="findings-sheet" testId="findings-sheet" className="border-0 p-1" />
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
