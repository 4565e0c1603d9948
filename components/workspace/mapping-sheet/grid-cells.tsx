"use client";

/**
 * The mapping grid's cells. Each reads its own value (useFieldValue), so typing in one cell
 * re-renders that cell and nothing else. Inputs carry the field's id (`f-plan-fieldMappings-3-
 * targetField`), so findings, issues and conflicts reach them like any other field; a viewer
 * sees the values as text.
 */
import { memo, useState, type ChangeEvent } from "react";
import { OBJECT_SUGGESTIONS, objectFromText, objectText } from "@/lib/integration-plan/object-cell";
import { cn } from "@/lib/utils/cn";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "../form-context";
import { fieldIdFor } from "../paths";
import { listValueOf, storedValueOf, type GridColumn } from "./grid-columns";

export const OBJECT_LIST_ID = "mapping-object-suggestions";

/** Fills the cell; a thin frame until focused or wrong, like a spreadsheet's. */
// Size, layout and style containment (not paint: it would clip the focus outline) make each
// control a relayout boundary, so a keystroke lays out its own text only, not the table:
// key-event p95 40 → 24 ms in a 1,000-row sheet (README, Performance).
const control =
  "block h-9 w-full min-w-0 [contain:size_layout_style] rounded border border-transparent bg-transparent px-2 text-sm text-fg hover:border-border focus:border-accent aria-[invalid=true]:border-danger aria-[invalid=true]:bg-danger/5 data-[invalid=true]:border-danger";

interface CellProps {
  column: GridColumn;
  /** The row's path: `plan.fieldMappings.3`. */
  row: string;
  /** "Target field, row 4": what a screen reader announces for the cell. */
  name: string;
}

function useCell(row: string, column: GridColumn) {
  const path = `${row}.${column.key}`;
  return { path, id: fieldIdFor(path), value: useFieldValue(path), invalid: useFieldErrors(path).length > 0 };
}

function TextCell({ column, row, name }: CellProps) {
  const form = useWorkspaceForm();
  const { path, id, value, invalid } = useCell(row, column);
  const text = typeof value === "string" ? value : "";
  return (
    <input
      id={id}
      type="text"
      autoComplete="off"
      aria-label={name}
      aria-invalid={invalid || undefined}
      title={text.length > 24 ? text : undefined}
      maxLength={column.cell === "text" ? column.maxLength : undefined}
      className={control}
      value={text}
      onChange={(event: ChangeEvent<HTMLInputElement>) => form.set(path, event.target.value)}
    />
  );
}

function ListCell({ column, row, name }: CellProps) {
  const form = useWorkspaceForm();
  const { path, id, value, invalid } = useCell(row, column);
  if (column.cell !== "list") return null;
  return (
    <select
      id={id}
      aria-label={name}
      aria-invalid={invalid || undefined}
      className={cn(control, "pr-6")}
      value={listValueOf(column.key, value)}
      onChange={(event) => form.set(path, storedValueOf(column.key, event.target.value))}
    >
      <option value="">—</option>
      {column.choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/**
 * Typed as text with the built-in objects suggested: a built-in name is stored as its key,
 * anything else as a custom object. While the cell has focus it shows exactly what was typed.
 */
function ObjectCell({ column, row, name }: CellProps) {
  const form = useWorkspaceForm();
  const { path, id, value, invalid } = useCell(row, column);
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="text"
      autoComplete="off"
      list={OBJECT_LIST_ID}
      aria-label={name}
      aria-invalid={invalid || undefined}
      className={control}
      value={typed ?? objectText(value)}
      onFocus={() => setTyped(objectText(value))}
      onBlur={() => setTyped(null)}
      onChange={(event) => {
        setTyped(event.target.value);
        form.set(path, objectFromText(event.target.value));
      }}
    />
  );
}

function pairCount(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function ValueMapCell({ column, row, name, onOpen }: CellProps & { onOpen: () => void }) {
  const { id, value, invalid } = useCell(row, column);
  const kind = useFieldValue(`${row}.kind`);
  const count = pairCount(value);
  const shown = count > 0 ? `${count} ${count === 1 ? "pair" : "pairs"}` : kind === "status" ? "Add…" : "—";
  return (
    <button
      id={id}
      type="button"
      aria-label={`${name}: ${count === 0 ? "none" : shown}${invalid ? ", has problems" : ""}. Edit`}
      data-invalid={invalid || undefined}
      className={cn(control, "text-left underline-offset-2 hover:underline", count === 0 && kind !== "status" && "text-fg-muted")}
      onClick={onOpen}
    >
      {shown}
    </button>
  );
}

/** What a viewer reads in a cell. */
function ReadCell({ column, row }: Omit<CellProps, "name">) {
  const { id, value } = useCell(row, column);
  let shown = "";
  if (column.cell === "object") shown = objectText(value);
  else if (column.cell === "list") shown = column.choices.find((c) => c.value === listValueOf(column.key, value))?.label ?? "";
  else if (column.cell === "valueMap") shown = pairCount(value) > 0 ? `${pairCount(value)} pairs` : "";
  else shown = typeof value === "string" ? value : "";
  return (
    <span id={id} tabIndex={-1} title={shown} className="block truncate px-2 leading-9">
      {shown}
    </span>
  );
}

interface GridCellProps extends CellProps {
  readOnly: boolean;
  onOpenValueMap: () => void;
}

export const GridCell = memo(function GridCell({ readOnly, onOpenValueMap, ...props }: GridCellProps) {
  if (readOnly) return <ReadCell column={props.column} row={props.row} />;
  switch (props.column.cell) {
    case "text":
      return <TextCell {...props} />;
    case "list":
      return <ListCell {...props} />;
    case "object":
      return <ObjectCell {...props} />;
    case "valueMap":
      return <ValueMapCell {...props} onOpen={onOpenValueMap} />;
  }
});

/** The built-in objects the object cells suggest; rendered once per grid. */
export function ObjectSuggestions() {
  return (
    <datalist id={OBJECT_LIST_ID}>
      {OBJECT_SUGGESTIONS.map((label) => (
        <option key={label} value={label} />
      ))}
    </datalist>
  );
}
