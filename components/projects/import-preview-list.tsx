import type { ImportChange } from "@/lib/assessments/import-preview";

const KIND_TEXT: Readonly<Record<ImportChange["kind"], string>> = { added: "added", removed: "removed", changed: "changed" };

/** What the chosen file would change, before it is applied. */
export function ImportPreviewList({ preview }: { preview: { changes: ImportChange[] } | { error: string } }) {
  if ("error" in preview) return <p className="text-sm text-danger">{preview.error}</p>;
  if (preview.changes.length === 0)
    return (
      <p className="text-sm text-fg-muted" data-testid="import-preview">
        This file holds the same answers and scores as now: importing it changes nothing.
      </p>
    );
  return (
    <div className="rounded-lg border border-border bg-surface-muted p-3 text-sm" data-testid="import-preview">
      <p className="font-medium">
        Importing this file changes {preview.changes.length === 1 ? "1 part" : `${preview.changes.length} parts`}:
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {preview.changes.map((change) => (
          <li key={change.path}>
            {change.label}: {KIND_TEXT[change.kind]}
            {change.kind === "changed" ? ` (${change.fields} ${change.fields === 1 ? "field" : "fields"})` : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
