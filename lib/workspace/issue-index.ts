/**
 * Validation messages looked up by field path in constant time. The workspace shows the
 * messages of every mounted field on each edit; filtering the whole issue list for each of
 * them is what made typing cost as much as the document. Each lookup returns the same array
 * until the issues change, so a field whose messages did not change does not re-render.
 */
import type { ValidationIssue } from "@/lib/readiness/client";

const NONE: string[] = [];

export interface IssueIndex {
  /** The issue list it was built from, in order. */
  readonly issues: readonly ValidationIssue[];
  /** Messages at `path` and inside it (`sensitivity.2` belongs to `sensitivity`); `exact`: at `path` only. */
  errorsFor: (path: string, exact: boolean) => string[];
}

function push(map: Map<string, string[]>, key: string, message: string) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [message]);
  else list.push(message);
}

export function indexIssues(issues: readonly ValidationIssue[]): IssueIndex {
  const exact = new Map<string, string[]>();
  const within = new Map<string, string[]>();
  for (const issue of issues) {
    push(exact, issue.path, issue.message);
    // The issue's own path and each ancestor (`a.b.c` → `a.b.c`, `a.b`, `a`).
    const segments = issue.path.split(".");
    for (let length = segments.length; length >= 1; length -= 1) push(within, segments.slice(0, length).join("."), issue.message);
  }
  return {
    issues,
    errorsFor: (path, onlyExact) => (onlyExact ? exact : within).get(path) ?? NONE,
  };
}

/** Same paths and messages in the same order: the index can be kept. */
export function sameIssues(a: readonly ValidationIssue[], b: readonly ValidationIssue[]): boolean {
  return a.length === b.length && a.every((issue, i) => issue.path === b[i]?.path && issue.message === b[i]?.message);
}
