/**
 * A history or comparison value in words: assessment fields through the framework's labels
 * ("unknown" → "Unknown", false → "No"), the few project and snapshot fields the audit
 * records by their own labels. Pure.
 */
import { describePath, describeValue } from "@/lib/readiness/describe-path";
import { ENUM_LABELS, type SystemKey, type Verdict } from "@/lib/readiness/client";

const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: "Name",
  description: "Description",
  systems: "Systems",
  ownerId: "Owner",
  verdict: "Verdict",
  revision: "Saved revision",
  number: "Revision",
  archivedAt: "Archived",
  role: "Role",
  status: "Status",
  assigneeId: "Assignee",
  dueDate: "Due",
  notes: "Notes",
  startDate: "Day 1",
  includeInfo: "Info findings included",
  items: "Items",
  dueDatesMoved: "Due dates moved",
  item: "Item",
  key: "Finding",
};

const isAssessmentPath = (path: string) => path.startsWith("answers.") || path.startsWith("scores.") || path.startsWith("plan.");

export function describeChangePath(path: string): string {
  return isAssessmentPath(path) ? describePath(path) : (FIELD_NAMES[path] ?? path);
}

export function describeChangeValue(path: string, value: unknown): string {
  if (isAssessmentPath(path)) return describeValue(path, value);
  if (value === undefined || value === null || value === "") return "(empty)";
  if (path === "verdict" && typeof value === "string") return ENUM_LABELS.verdict[value as Verdict] ?? value;
  if (path === "systems" && Array.isArray(value))
    return value.length === 0 ? "(none)" : value.map((s) => ENUM_LABELS.systems[s as SystemKey] ?? String(s)).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
}
