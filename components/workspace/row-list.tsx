"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ListQuestionKey } from "@/lib/readiness/client";
import { isPlainObject } from "./draft";
import { useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";

export type Row = Record<string, unknown>;

interface RowListProps {
  section: ListQuestionKey;
  /** "Action", "Test case": used in headings, buttons and the empty state. */
  noun: string;
  /** What the row is about, shown after its number ("Action 3 — Draft email"). */
  summary: (row: Row) => string | undefined;
  children: (path: string, row: Row) => ReactNode;
}

/**
 * A list section as editable rows: add, remove, move up and down. Each row is a labelled
 * group with id `f-answers-<section>-<index>` and tabIndex=-1, so findings that target a
 * row can focus it. After each operation focus lands somewhere sensible instead of <body>.
 */
export function RowList({ section, noun, summary, children }: RowListProps) {
  const form = useWorkspaceForm();
  const value = form.doc.answers[section];
  const rows: Row[] = Array.isArray(value) ? value.map((row) => (isPlainObject(row) ? row : {})) : [];
  const rowId = (index: number) => fieldIdFor(`answers.${section}.${index}`);
  const addId = `${fieldIdFor(`answers.${section}`)}-add`;
  const lower = noun.toLowerCase();

  const add = () => {
    form.rows(section, { op: "add" });
    // The fields, not the row's Move/Remove buttons: the person wants to type.
    form.focusLater(`${rowId(rows.length)}-fields`, { inside: true });
  };
  const remove = (index: number) => {
    form.rows(section, { op: "remove", index });
    const remaining = rows.length - 1;
    form.focusLater(remaining === 0 ? addId : rowId(Math.min(index, remaining - 1)));
  };
  const move = (from: number, to: number) => {
    form.rows(section, { op: "move", from, to });
    // Keep focus on the button just used, or its sibling when the row reached an end.
    const atEnd = to === 0 || to === rows.length - 1;
    const sameButton = to < from ? "up" : "down";
    const other = to < from ? "down" : "up";
    form.focusLater(`${rowId(to)}-${atEnd ? other : sameButton}`);
  };

  return (
    <div className="space-y-4">
      {rows.length === 0 ? <p className="text-sm text-fg-muted">No rows yet. Add the first {lower} below.</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const id = rowId(index);
          const about = summary(row);
          const title = `${noun} ${index + 1}`;
          return (
            <li key={index}>
              <div
                id={id}
                tabIndex={-1}
                role="group"
                aria-labelledby={`${id}-title`}
                className="@container rounded-lg border border-border bg-surface p-4"
              >
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <h3 id={`${id}-title`} className="font-semibold">
                    {title}
                    {about ? <span className="font-normal text-fg-muted"> — {about}</span> : null}
                  </h3>
                  {form.readOnly ? null : (
                    <div className="flex gap-1">
                      <Button id={`${id}-up`} variant="ghost" size="sm" disabled={index === 0} onClick={() => move(index, index - 1)}>
                        Move up<span className="sr-only">: {title}</span>
                      </Button>
                      <Button
                        id={`${id}-down`}
                        variant="ghost"
                        size="sm"
                        disabled={index === rows.length - 1}
                        onClick={() => move(index, index + 1)}
                      >
                        Move down<span className="sr-only">: {title}</span>
                      </Button>
                      <Button id={`${id}-remove`} variant="ghost" size="sm" className="text-danger" onClick={() => remove(index)}>
                        Remove<span className="sr-only">: {title}</span>
                      </Button>
                    </div>
                  )}
                </div>
                <div id={`${id}-fields`} className="grid gap-4 @xl:grid-cols-2">
                  {children(`answers.${section}.${index}`, row)}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {form.readOnly ? null : (
        <Button id={addId} variant="secondary" onClick={add}>
          + Add {lower}
        </Button>
      )}
    </div>
  );
}
