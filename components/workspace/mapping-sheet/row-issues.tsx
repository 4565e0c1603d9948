"use client";

import { useSyncExternalStore } from "react";
import { useWorkspaceForm } from "../form-context";
import { GRID_COLUMNS } from "./grid-columns";
import { SHEET_PATH } from "./grid-row";

/**
 * The messages of the row holding focus, each named by its column: a cell only turns red,
 * so this line says why ("Row 4 · Target field: …"). Read as one string, which only changes
 * when the row's messages do.
 */
export function RowIssues({ index }: { index: number | null }) {
  const { source } = useWorkspaceForm();
  const read = () => {
    if (index === null) return "";
    const issues = source.getIssues();
    const row = `${SHEET_PATH}.${index}`;
    const parts = issues.errorsFor(row, true).map((message) => message);
    for (const column of GRID_COLUMNS) {
      for (const message of issues.errorsFor(`${row}.${column.key}`, false)) parts.push(`${column.label}: ${message}`);
    }
    return parts.length === 0 ? "" : `Row ${index + 1} · ${parts.join(" · ")}`;
  };
  const text = useSyncExternalStore(source.subscribe, read, read);
  return (
    <p aria-live="polite" className="min-h-5 text-sm text-danger" data-testid="sheet-row-issues">
      {text}
    </p>
  );
}
