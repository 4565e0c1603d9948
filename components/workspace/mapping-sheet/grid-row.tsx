"use client";

import { memo } from "react";
import { fieldIdFor } from "../paths";
import { GridCell } from "./grid-cells";
import { GRID_COLUMNS, ROW_HEIGHT } from "./grid-columns";

export const SHEET_PATH = "plan.fieldMappings";

export interface RowActions {
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  openValueMap: (index: number) => void;
}

interface GridRowProps {
  /** The row's index in the document. */
  index: number;
  /** Its position among the rows shown, from 0 (the header is aria-rowindex 1). */
  position: number;
  last: boolean;
  readOnly: boolean;
  actions: RowActions;
}

const iconButton =
  "inline-flex h-8 w-8 items-center justify-center rounded text-fg-muted hover:bg-surface-muted hover:text-fg disabled:opacity-40";

/**
 * One mapping as a table row of fixed height. Memoised on its props: an edit in one row
 * re-renders that row's cell and nothing else. The row itself (`f-plan-fieldMappings-3`)
 * takes focus when a finding names the whole row.
 */
export const GridRow = memo(function GridRow({ index, position, last, readOnly, actions }: GridRowProps) {
  const path = `${SHEET_PATH}.${index}`;
  const id = fieldIdFor(path);
  const number = index + 1;
  return (
    <tr
      id={id}
      tabIndex={-1}
      aria-rowindex={position + 2}
      data-pos={position}
      style={{ height: ROW_HEIGHT }}
      className="border-t border-border"
    >
      <th
        scope="row"
        className="sticky left-0 z-[1] border-r border-border bg-surface px-2 text-right text-xs font-normal text-fg-muted tabular-nums"
      >
        {number}
      </th>
      {GRID_COLUMNS.map((column, col) => (
        <td key={column.key} data-col={col} className="overflow-hidden px-0.5 py-0.5">
          <GridCell
            column={column}
            row={path}
            name={`${column.label}, row ${number}`}
            readOnly={readOnly}
            onOpenValueMap={() => actions.openValueMap(index)}
          />
        </td>
      ))}
      {readOnly ? null : (
        <td className="px-1 whitespace-nowrap">
          <button
            type="button"
            className={iconButton}
            disabled={index === 0}
            aria-label={`Move row ${number} up`}
            onClick={() => actions.move(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className={iconButton}
            disabled={last}
            aria-label={`Move row ${number} down`}
            onClick={() => actions.move(index, index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className={`${iconButton} text-danger`}
            aria-label={`Remove row ${number}`}
            onClick={() => actions.remove(index)}
          >
            ✕
          </button>
        </td>
      )}
    </tr>
  );
});
