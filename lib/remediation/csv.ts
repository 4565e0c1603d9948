/**
 * The plan as CSV for a tracker's importer (Jira, Asana): one row per item, RFC 4180 with
 * CRLF; cells a spreadsheet would run as formulas are neutralised (lib/utils/csv.ts). The
 * two labels, track and severity, go in two columns both headed "Labels": Jira's importer
 * takes several values of one field from repeated columns. Pure.
 */
import { csvDocument } from "@/lib/utils/csv";
import { STATUS_LABELS, type CalendarDate, type GeneratedItem, type ItemStatus } from "./types";

export interface ExportItem extends Pick<GeneratedItem, "key" | "title" | "message" | "remediation" | "severity" | "track"> {
  /** The person's due date where one was set, else the generated one. */
  dueDate: CalendarDate;
  status: ItemStatus;
  /** The assignee's email; null when unassigned. */
  assigneeEmail: string | null;
  /** Absolute URL of the field the item concerns (the deep link), when the caller has one. */
  link?: string;
}

export const CSV_COLUMNS = ["Summary", "Description", "Assignee", "Due date", "Labels", "Labels", "Status", "Priority"] as const;

const PRIORITY: Readonly<Record<GeneratedItem["severity"], string>> = { blocker: "Highest", warning: "Medium", info: "Low" };

/** Message, then how to fix it, then the link: the text of a ticket or an event. */
export function itemDescription(item: Pick<ExportItem, "message" | "remediation" | "link">): string {
  const parts = [item.message, `How to fix: ${item.remediation}`];
  if (item.link !== undefined) parts.push(`Field: ${item.link}`);
  return parts.join("\n\n");
}

export function planToCsv(items: readonly ExportItem[]): string {
  return csvDocument([
    CSV_COLUMNS,
    ...items.map((item) => [
      item.title,
      itemDescription(item),
      item.assigneeEmail,
      item.dueDate,
      item.track,
      item.severity,
      STATUS_LABELS[item.status],
      PRIORITY[item.severity],
    ]),
  ]);
}
