"use client";

import { memo, useCallback, type ComponentType } from "react";
import { Button } from "@/components/ui/button";
import { getAt, isPlainObject, listPath, type ListSection } from "./draft";
import { useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";
import { WINDOW_ABOVE, WindowedRows } from "./windowed-rows";

export type Row = Record<string, unknown>;

/** A row's fields, given the row's path (`answers.actions.2`, `plan.rollout.0`); each field reads its own value. */
export type RowFields = ComponentType<{ path: string }>;

interface RowListProps {
  /** A list question (`actions`) or a list plan section (`plan.rollout`). */
  section: ListSection;
  /** "Action", "Test case": used in headings, buttons and the empty state. */
  noun: string;
  /** What the row is about, shown after its number ("Action 3 — Draft email"). */
  summary: (row: Row) => string | undefined;
  /** Module-level and memoised, so a row re-renders its fields only when they change. */
  Fields: RowFields;
  /** A row's usual height in px, before the browser has measured it (windowed lists). */
  estimate: number;
}

interface RowItemProps {
  /** The list's path: `answers.actions`, `plan.rollout`. */
  base: string;
  index: number;
  last: boolean;
  noun: string;
  about: string | undefined;
  readOnly: boolean;
  Fields: RowFields;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One row; memoised on its own props, so an edit re-renders the row it is in and no other. */
const RowItem = memo(function RowItem({ base, index, last, noun, about, readOnly, Fields, onMove, onRemove }: RowItemProps) {
  const id = fieldIdFor(`${base}.${index}`);
  const title = `${noun} ${index + 1}`;
  return (
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
        {readOnly ? null : (
          <div className="flex gap-1">
            <Button id={`${id}-up`} variant="ghost" size="sm" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
              Move up<span className="sr-only">: {title}</span>
            </Button>
            <Button id={`${id}-down`} variant="ghost" size="sm" disabled={last} onClick={() => onMove(index, index + 1)}>
              Move down<span className="sr-only">: {title}</span>
            </Button>
            <Button id={`${id}-remove`} variant="ghost" size="sm" className="text-danger" onClick={() => onRemove(index)}>
              Remove<span className="sr-only">: {title}</span>
            </Button>
          </div>
        )}
      </div>
      <div id={`${id}-fields`} className="grid gap-4 @xl:grid-cols-2">
        <Fields path={`${base}.${index}`} />
      </div>
    </div>
  );
});

/**
 * A list section as editable rows: add, remove, move up and down. Each row is a labelled
 * group with id `f-answers-<section>-<index>` (`f-plan-<section>-<index>`) and tabIndex=-1, so findings that target a
 * row can focus it. After each operation focus lands somewhere sensible instead of <body>.
 * Past WINDOW_ABOVE rows only those near the screen are rendered (windowed-rows.tsx).
 */
export function RowList({ section, noun, summary, Fields, estimate }: RowListProps) {
  const form = useWorkspaceForm();
  const base = listPath(section);
  const value = useFieldValue(base);
  const rows: Row[] = Array.isArray(value) ? value.map((row) => (isPlainObject(row) ? row : {})) : [];
  const rowId = (index: number) => fieldIdFor(`${base}.${index}`);
  const addId = `${fieldIdFor(base)}-add`;
  const lower = noun.toLowerCase();

  // Stable handlers (rows memoise on them); the row count is read when the button is used.
  const { rows: operate, focusLater, source } = form;
  const countNow = useCallback(() => {
    const current = getAt(source.getDoc(), base);
    return Array.isArray(current) ? current.length : 0;
  }, [source, base]);
  const remove = useCallback(
    (index: number) => {
      const remaining = countNow() - 1;
      operate(section, { op: "remove", index });
      focusLater(remaining === 0 ? addId : fieldIdFor(`${base}.${Math.min(index, remaining - 1)}`));
    },
    [countNow, operate, focusLater, section, base, addId],
  );
  const move = useCallback(
    (from: number, to: number) => {
      const count = countNow();
      operate(section, { op: "move", from, to });
      // Keep focus on the button just used, or its sibling when the row reached an end.
      const atEnd = to === 0 || to === count - 1;
      const sameButton = to < from ? "up" : "down";
      const other = to < from ? "down" : "up";
      focusLater(`${fieldIdFor(`${base}.${to}`)}-${atEnd ? other : sameButton}`);
    },
    [countNow, operate, focusLater, section, base],
  );
  const add = () => {
    form.rows(section, { op: "add" });
    // The fields, not the row's Move/Remove buttons: the person wants to type.
    form.focusLater(`${rowId(rows.length)}-fields`, { inside: true });
  };

  const renderRow = (index: number) => (
    <RowItem
      base={base}
      index={index}
      last={index === rows.length - 1}
      noun={noun}
      about={summary(rows[index] ?? {})}
      readOnly={form.readOnly}
      Fields={Fields}
      onMove={move}
      onRemove={remove}
    />
  );

  return (
    <div className="space-y-4">
      {rows.length === 0 ? <p className="text-sm text-fg-muted">No rows yet. Add the first {lower} below.</p> : null}
      {rows.length > WINDOW_ABOVE ? (
        <WindowedRows count={rows.length} idPrefix={`${fieldIdFor(base)}-`} estimate={estimate} renderRow={renderRow} />
      ) : (
        <ol className="space-y-4">
          {rows.map((_, index) => (
            <li key={index}>{renderRow(index)}</li>
          ))}
        </ol>
      )}
      {form.readOnly ? null : (
        <Button id={addId} variant="secondary" onClick={add}>
          + Add {lower}
        </Button>
      )}
    </div>
  );
}
