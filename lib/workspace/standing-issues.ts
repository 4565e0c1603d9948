/**
 * Problems the server reported stay on screen only while their field still holds what was
 * refused: an edit to that field clears its message at once instead of after the next save.
 * (Problems the browser finds itself are recomputed on every edit anyway.) The next save
 * reports again whatever is still wrong.
 */
import type { ValidationIssue } from "@/lib/readiness/client";
import { valueAt } from "./value-at";

export function standingIssues(issues: readonly ValidationIssue[], refused: unknown, current: unknown): ValidationIssue[] {
  // Unchanged branches of the working copy keep their identity (edits copy only the path they change).
  return issues.filter((issue) => Object.is(valueAt(refused, issue.path), valueAt(current, issue.path)));
}
