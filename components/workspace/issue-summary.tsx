"use client";

import type { ValidationIssue } from "@/lib/readiness/client";
import { describePath } from "@/lib/readiness/describe-path";

/**
 * Every problem that stops the save, each linking to its field. It also catches problems
 * whose path has no control of its own (a whole row, the document), which would otherwise
 * be invisible.
 */
export function IssueSummary({ issues, onSelect }: { issues: readonly ValidationIssue[]; onSelect: (path: string) => void }) {
  if (issues.length === 0) return null;
  return (
    <section
      aria-labelledby="workspace-issues-title"
      className="rounded-lg border border-danger bg-danger-soft p-4 text-sm text-danger"
      data-testid="validation-summary"
    >
      <h2 id="workspace-issues-title" className="font-semibold">
        <span aria-hidden>✕ </span>Not saved: fix {issues.length === 1 ? "this field" : `these ${issues.length} fields`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <button type="button" className="text-left underline" onClick={() => onSelect(issue.path)}>
              {describePath(issue.path)}
            </button>
            : {issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
