"use client";

import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { filterChoices, filteredIndices, isFiltering, rowForFilter, type MappingFilter } from "@/lib/integration-plan/filter-rows";
import type { FieldMappingRow } from "@/lib/readiness/client";
import { nextGridPosition, type GridPosition } from "@/lib/workspace/grid-navigation";
import { isPlainObject } from "../draft";
import { afterRender, registerRowRevealer } from "../focus";
import { useFieldValue, useWorkspaceForm } from "../form-context";
import { fieldIdFor } from "../paths";
import { ObjectSuggestions } from "./grid-cells";
import { GRID_COLUMNS, ROW_ACTIONS_WIDTH, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./grid-columns";
import { GridRow, SHEET_PATH, type RowActions } from "./grid-row";
import { RowIssues } from "./row-issues";
import { SheetReviewPanel, type SheetReview } from "./sheet-review";
import { SheetToolbar } from "./sheet-toolbar";
import { downloadSheet, looksLikeRows, reviewFile, reviewPaste } from "./sheet-transfer";
import { useGridWindow } from "./use-grid-window";
import { ValueMapEditor } from "./value-map-editor";

const SECTION = "plan.fieldMappings" as const;
const HEADER_HEIGHT = 40;
const cellId = (index: number, column: number) => fieldIdFor(`${SHEET_PATH}.${index}.${GRID_COLUMNS[column]!.key}`);

/** A spacer standing for rows that are not rendered, so the scrollbar and positions stay true. */
function Gap({ rows }: { rows: number }) {
  return rows > 0 ? <tr aria-hidden="true" style={{ height: rows * ROW_HEIGHT }} /> : null;
}

const Header = memo(function Header({ readOnly }: { readOnly: boolean }) {
  return (
    <thead className="sticky top-0 z-[2] bg-surface-muted">
      <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
        <th scope="col" className="sticky left-0 z-[3] bg-surface-muted px-2 text-right text-xs font-semibold">
          #
        </th>
        {GRID_COLUMNS.map((column) => (
          <th key={column.key} scope="col" className="truncate px-2.5 text-left font-semibold">
            {column.label}
          </th>
        ))}
        {readOnly ? null : (
          <th scope="col" className="px-2 text-left font-semibold">
            <span className="sr-only">Row actions</span>
          </th>
        )}
      </tr>
    </thead>
  );
});

/**
 * The mapping sheet as a spreadsheet-like grid: one line per mapping, arrows / Enter / Tab move
 * between cells (lib/workspace/grid-navigation.ts), rows added, moved and removed in place,
 * filtered by object or system. Rows pasted from a spreadsheet or imported from CSV are read
 * and checked first and applied only once the person confirms (sheet-review.tsx). Rows all
 * have one height, so only those in view are rendered: 1,000 rows type as fast as ten.
 */
export function MappingGrid() {
  const form = useWorkspaceForm();
  const { readOnly } = form;
  const value = useFieldValue(SHEET_PATH);
  const rows = useMemo(() => (Array.isArray(value) ? value.map((row) => (isPlainObject(row) ? row : {})) : []), [value]);
  const [filter, setFilter] = useState<MappingFilter>({});
  const visible = useMemo(() => (isFiltering(filter) ? filteredIndices(rows, filter) : null), [rows, filter]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const shown = visible?.length ?? rows.length;
  const { box, positions, reveal, pin } = useGridWindow(shown, HEADER_HEIGHT);
  const [review, setReview] = useState<SheetReview | null>(null);
  const [valueMapRow, setValueMapRow] = useState<number | null>(null);
  const [activeRow, setActiveRow] = useState<number | null>(null);

  // Handlers handed to memoised rows read the latest rows and filter through this ref.
  const latest = useRef({ visible, count: rows.length });
  useLayoutEffect(() => {
    latest.current = { visible, count: rows.length };
  }, [visible, rows.length]);
  const positionOf = useCallback((index: number) => {
    const { visible: kept } = latest.current;
    return kept === null ? index : kept.indexOf(index);
  }, []);
  const indexAt = (position: number) => (visible === null ? position : (visible[position] ?? -1));

  /** Renders the row (scrolling the box to it) and focuses one of its controls. */
  const focusInRow = useCallback(
    (index: number, pick: (row: HTMLElement) => HTMLElement | null) =>
      afterRender(() => {
        const position = positionOf(index);
        if (position < 0) return;
        reveal(position);
        const row = document.getElementById(fieldIdFor(`${SHEET_PATH}.${index}`));
        if (row !== null) (pick(row) ?? row).focus();
      }),
    [reveal, positionOf],
  );

  const actions = useMemo<RowActions>(
    () => ({
      move: (from, to) => {
        form.rows(SECTION, { op: "move", from, to });
        setValueMapRow(null);
        const atEnd = to === 0 || to === latest.current.count - 1;
        const button = to < from !== atEnd ? "up" : "down";
        focusInRow(to, (row) => row.querySelector(`[aria-label^="Move row"][aria-label$="${button}"]`));
      },
      remove: (index) => {
        const remaining = latest.current.count - 1;
        form.rows(SECTION, { op: "remove", index });
        setValueMapRow(null);
        if (remaining === 0) form.focusLater(`${fieldIdFor(SHEET_PATH)}-add`);
        else focusInRow(Math.min(index, remaining - 1), (row) => row.querySelector('[aria-label^="Remove row"]'));
      },
      openValueMap: (index) => setValueMapRow(index),
    }),
    [form, focusInRow],
  );

  // Findings, issues and deep links reach a row out of view, or hidden by the filter.
  useLayoutEffect(
    () =>
      registerRowRevealer(`${fieldIdFor(SHEET_PATH)}-`, (index) => {
        if (index < 0 || index >= latest.current.count) return;
        if (positionOf(index) < 0) flushSync(() => setFilter({}));
        reveal(positionOf(index));
      }),
    [reveal, positionOf],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>("td[data-col]");
    const row = target.closest<HTMLElement>("tr[data-pos]");
    if (cell === null || row === null || (target instanceof HTMLButtonElement && event.key === "Enter")) return;
    const text = target instanceof HTMLInputElement ? target : null;
    const collapsed = text === null || text.selectionStart === text.selectionEnd;
    const at: GridPosition = { row: Number(row.dataset.pos), column: Number(cell.dataset.col) };
    const next = nextGridPosition(
      at,
      {
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        caretAtStart: text === null || (collapsed && text.selectionStart === 0),
        caretAtEnd: text === null || (collapsed && text.selectionEnd === text.value.length),
      },
      { rows: shown, columns: GRID_COLUMNS.length },
    );
    if (next === null) return;
    event.preventDefault();
    reveal(next.row);
    document.getElementById(cellId(indexAt(next.row), next.column))?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("tr[data-pos]");
    if (row === null) return;
    const position = Number(row.dataset.pos);
    pin(position);
    setActiveRow(indexAt(position));
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (readOnly || !looksLikeRows(text)) return;
    event.preventDefault();
    void reviewPaste(text).then(setReview);
  };

  const apply = (replace: boolean) => {
    if (review === null) return;
    const first = replace ? 0 : rows.length;
    form.rows(SECTION, { op: "addMany", rows: review.rows, replace });
    setReview(null);
    setFilter({});
    setValueMapRow(null);
    focusInRow(first, (row) => row.querySelector("input, select"));
  };

  const add = () => {
    const index = rows.length;
    form.rows(SECTION, { op: "add", row: rowForFilter(filter) });
    focusInRow(index, (row) => row.querySelector("input, select"));
  };

  const body = [];
  let next = 0;
  for (const position of positions) {
    body.push(<Gap key={`gap-${position}`} rows={position - next} />);
    const index = indexAt(position);
    body.push(
      <GridRow key={index} index={index} position={position} last={index === rows.length - 1} readOnly={readOnly} actions={actions} />,
    );
    next = position + 1;
  }
  body.push(<Gap key="gap-end" rows={shown - next} />);
  const width = ROW_HEADER_WIDTH + GRID_COLUMNS.reduce((sum, column) => sum + column.width, 0) + (readOnly ? 0 : ROW_ACTIONS_WIDTH);

  return (
    <div className="space-y-3" data-testid="mapping-grid">
      <SheetToolbar
        filter={filter}
        choices={choices}
        shown={shown}
        total={rows.length}
        readOnly={readOnly}
        onFilter={setFilter}
        onImport={(file) => void reviewFile(file).then(setReview)}
        onExport={() => void downloadSheet(rows as FieldMappingRow[], form.projectName)}
      />
      {review === null ? null : (
        <SheetReviewPanel review={review} existing={rows.length} onApply={apply} onDismiss={() => setReview(null)} />
      )}
      <div
        ref={box}
        role="region"
        aria-label="Mapping sheet"
        tabIndex={0}
        onPaste={onPaste}
        className="max-h-[min(70vh,36rem)] overflow-auto rounded-lg border border-border"
        data-testid="mapping-sheet-box"
      >
        <ObjectSuggestions />
        <table aria-rowcount={shown + 1} className="table-fixed border-collapse text-sm" style={{ width }} onKeyDown={onKeyDown}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {GRID_COLUMNS.map((column) => (
              <col key={column.key} style={{ width: column.width }} />
            ))}
            {readOnly ? null : <col style={{ width: ROW_ACTIONS_WIDTH }} />}
          </colgroup>
          <Header readOnly={readOnly} />
          <tbody onFocus={onFocus}>{body}</tbody>
        </table>
        {rows.length === 0 ? (
          <p className="p-4 text-sm text-fg-muted">
            No mappings yet.
            {readOnly ? "" : " Paste rows copied from a spreadsheet here (Ctrl+V), import a CSV file, or add the first mapping below."}
          </p>
        ) : null}
      </div>
      <RowIssues index={activeRow} />
      {valueMapRow !== null && valueMapRow < rows.length && !readOnly ? (
        <ValueMapEditor
          index={valueMapRow}
          onClose={() => {
            setValueMapRow(null);
            focusInRow(valueMapRow, (row) => row.querySelector(`#${cellId(valueMapRow, GRID_COLUMNS.length - 1)}`));
          }}
        />
      ) : null}
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button id={`${fieldIdFor(SHEET_PATH)}-add`} variant="secondary" onClick={add}>
            + Add mapping
          </Button>
          <p className="text-xs text-fg-muted">
            Arrows and Enter move between cells; in a list cell, type a letter or press Alt+↓ to choose. Paste cells from Excel or Google
            Sheets into the sheet to add rows.
          </p>
        </div>
      )}
    </div>
  );
}
