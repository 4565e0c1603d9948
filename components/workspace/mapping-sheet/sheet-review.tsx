"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { roomProblem } from "@/lib/integration-plan/import-limits";
import type { SheetProblem } from "@/lib/integration-plan/problems";
import { objectText } from "@/lib/integration-plan/object-cell";
import { ENUM_LABELS, MAPPING_KIND_LABELS, type FieldMappingRow } from "@/lib/readiness/client";

/** Rows read from a paste or a file, waiting for the person's word; or why none can be taken. */
export interface SheetReview {
  origin: "paste" | "file";
  /** The file's name, or "the clipboard". */
  from: string;
  rows: FieldMappingRow[];
  problems: SheetProblem[];
}

interface SheetReviewPanelProps {
  review: SheetReview;
  existing: number;
  onApply: (replace: boolean) => void;
  onDismiss: () => void;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

function ProblemList({ problems }: { problems: readonly SheetProblem[] }) {
  return (
    <Table label="Problems found" data-testid="sheet-problems">
      <thead>
        <tr>
          <Th className="w-16">Row</Th>
          <Th className="w-40">Column</Th>
          <Th>Problem</Th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, index) => (
          <tr key={index}>
            <Td className="tabular-nums">{problem.row === 0 ? "—" : problem.row}</Td>
            <Td>{problem.column || "—"}</Td>
            <Td>{problem.message}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Rows shown before the person confirms: enough to see the columns landed where they should. */
const PREVIEW_ROWS = 5;

const side = (system: FieldMappingRow["sourceSystem"], field: string | undefined) =>
  [system && ENUM_LABELS.systems[system], field].filter(Boolean).join(" · ") || "—";

function RowPreview({ rows }: { rows: readonly FieldMappingRow[] }) {
  const shown = rows.slice(0, PREVIEW_ROWS);
  return (
    <Table label={rows.length > shown.length ? `The first ${shown.length} of ${rows.length} rows` : "The rows read"}>
      <thead>
        <tr>
          <Th>Business object</Th>
          <Th>Source</Th>
          <Th>Target</Th>
          <Th>Kind</Th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row, index) => (
          <tr key={index}>
            <Td>{objectText(row.object) || "—"}</Td>
            <Td>{side(row.sourceSystem, row.sourceField)}</Td>
            <Td>{side(row.targetSystem, row.targetField)}</Td>
            <Td>{row.kind ? MAPPING_KIND_LABELS[row.kind] : "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * The confirmation a paste or an import waits for. Nothing reaches the sheet before the person
 * says so; with any problem nothing can be applied, and the problems are listed by row and
 * column as their spreadsheet numbers them. Focus moves to the panel's heading so a screen
 * reader reads what happened.
 */
export function SheetReviewPanel({ review, existing, onApply, onDismiss }: SheetReviewPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [review]);
  const count = review.rows.length;
  const refused = review.problems.length > 0;
  const full = refused ? null : roomProblem(existing, count);
  const title = refused
    ? `Nothing was added: ${plural(review.problems.length, "problem")} in ${review.from}`
    : count === 0
      ? `Nothing to add: ${review.from} holds no rows`
      : `${plural(count, "row")} read from ${review.from}`;
  return (
    <section
      aria-labelledby="sheet-review-title"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      data-testid="sheet-review"
    >
      <h3 id="sheet-review-title" ref={heading} tabIndex={-1} className="font-semibold">
        {title}
      </h3>
      {refused ? (
        <>
          <p className="text-sm text-fg-muted">Fix them in the spreadsheet and paste or import again. The sheet below is unchanged.</p>
          <ProblemList problems={review.problems} />
        </>
      ) : count > 0 ? (
        <>
          <p className="text-sm text-fg-muted">
            {full ?? `They go after the sheet’s ${plural(existing, "row")}.`}
            {review.origin === "file" ? " Or replace every row of the sheet with them." : ""}
          </p>
          <RowPreview rows={review.rows} />
        </>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {!refused && count > 0 && full === null ? <Button onClick={() => onApply(false)}>Add {plural(count, "row")}</Button> : null}
        {!refused && count > 0 && review.origin === "file" && existing > 0 ? (
          <Button variant="secondary" onClick={() => onApply(true)}>
            Replace all {plural(existing, "row")}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onDismiss}>
          {refused || count === 0 ? "Close" : "Cancel"}
        </Button>
      </div>
    </section>
  );
}
