"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { useState } from "react";
import { useDateFormat } from "@/components/layout/date-format";
import { Button } from "@/components/ui/button";
import { allChosen, type Choice, type ConflictState } from "./conflict";
import { describePath, describeValue } from "@/lib/readiness/describe-path";
import { formatDateTime, type DateFormat } from "@/lib/utils/format-date";
import { fieldIdFor } from "./paths";

interface ConflictDialogProps {
  conflict: ConflictState;
  onSave: (choices: Record<string, Choice>) => void;
  onDiscard: () => void;
}

/** In the organization's format, like every other date (it used to follow the browser's locale). */
function when(iso: string | null, format: DateFormat): string {
  if (iso === null || Number.isNaN(new Date(iso).getTime())) return "recently";
  return formatDateTime(iso, { format, seconds: true });
}

/**
 * Modal: nothing the person typed is dropped until they decide. Escape and outside clicks
 * do not close it, because closing without a decision would leave the draft unsaveable.
 * Render it with a key per conflict so the picks start empty each time.
 */
export function ConflictDialog({ conflict, onSave, onDiscard }: ConflictDialogProps) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const format = useDateFormat();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const who = conflict.updatedBy ?? "Someone else";
  const pickAll = (choice: Choice) => setChoices(Object.fromEntries(conflict.conflicts.map((field) => [field.path, choice])));
  const ready = allChosen(conflict, choices);
  const description = conflict.baseKnown
    ? `${who} saved a newer version (${when(conflict.updatedAt, format)}) while you were editing. Changes that do not overlap are merged; choose a version where you both changed the same field.`
    : `This browser kept changes you had not saved, but a newer version was saved since (${when(conflict.updatedAt, format)}). Choose, field by field, which version to keep.`;

  return (
    <DialogPrimitive.Root open>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <DialogPrimitive.Content
          onEscapeKeyDown={(event) => event.preventDefault()}
          onPointerDownOutside={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
          className="fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[min(94vw,44rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-xl border border-border bg-surface p-6 shadow-xl"
          data-testid="conflict-dialog"
        >
          <DialogPrimitive.Title className="text-lg font-semibold">The assessment changed while you were editing</DialogPrimitive.Title>
          <DialogPrimitive.Description className="text-sm text-fg-muted">{description}</DialogPrimitive.Description>

          {conflict.theirChanges.length > 0 ? (
            <details className="text-sm" open={conflict.theirChanges.length <= 8}>
              <summary className="cursor-pointer font-semibold">
                {conflict.baseKnown ? `What ${who} changed` : "Differences from your copy"} ({conflict.theirChanges.length})
              </summary>
              <ul className="mt-2 space-y-1">
                {conflict.theirChanges.map((change) => (
                  <li key={change.path}>
                    <span className="font-medium">{describePath(change.path)}:</span> {describeValue(change.path, change.before)} →{" "}
                    {describeValue(change.path, change.after)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}

          {conflict.conflicts.length === 0 ? (
            <p className="text-sm">Your changes and theirs touch different fields; saving keeps both.</p>
          ) : (
            <div className="space-y-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-sm font-semibold">Fields you both changed ({conflict.conflicts.length})</h3>
                <div className="flex gap-2">
                  <Button variant="secondary" size="sm" onClick={() => pickAll("mine")}>
                    Keep all mine
                  </Button>
                  <Button variant="secondary" size="sm" onClick={() => pickAll("theirs")}>
                    Take all theirs
                  </Button>
                </div>
              </div>
              {conflict.conflicts.map((field) => {
                const id = `conflict-${fieldIdFor(field.path)}`;
                return (
                  <fieldset key={field.path} className="space-y-2 rounded-lg border border-border p-3 text-sm">
                    <legend className="px-1 font-medium">{describePath(field.path)}</legend>
                    {(["mine", "theirs"] as const).map((side) => (
                      <label key={side} htmlFor={`${id}-${side}`} className="flex items-start gap-2">
                        <input
                          type="radio"
                          id={`${id}-${side}`}
                          name={id}
                          checked={choices[field.path] === side}
                          onChange={() => setChoices((current) => ({ ...current, [field.path]: side }))}
                          className="mt-1 accent-accent"
                        />
                        <span>
                          <span className="font-semibold">
                            {side === "mine" ? "Keep mine: " : `Take ${conflict.updatedBy ?? "theirs"}’s: `}
                          </span>
                          <span className="whitespace-pre-wrap break-words">{describeValue(field.path, field[side])}</span>
                        </span>
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </div>
          )}

          {confirmDiscard ? (
            <div role="alert" className="space-y-2 rounded-lg border border-danger bg-danger-soft p-3 text-sm text-danger">
              <p>Discard all your unsaved changes and load the newer version? This cannot be undone.</p>
              <div className="flex justify-end gap-2">
                {/* Focus moves into the confirmation so keyboard users meet it first. */}
                <Button variant="secondary" size="sm" autoFocus onClick={() => setConfirmDiscard(false)}>
                  Keep reviewing
                </Button>
                <Button variant="danger" size="sm" onClick={onDiscard}>
                  Yes, discard my changes
                </Button>
              </div>
            </div>
          ) : null}

          <div className="flex flex-wrap items-center justify-end gap-2">
            {!ready ? <p className="mr-auto text-xs text-fg-muted">Choose a version for every field you both changed.</p> : null}
            <Button variant="ghost" onClick={() => setConfirmDiscard(true)}>
              Discard my changes
            </Button>
            <Button onClick={() => onSave(choices)} disabled={!ready}>
              Save merged version
            </Button>
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
