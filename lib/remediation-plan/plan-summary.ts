/**
 * The figures at the top of a plan: what is open, what blocks, what is late or due this week,
 * and what saves have resolved. Pure: `today` is an argument.
 */
import { addDays } from "@/lib/remediation/windows";
import type { ItemStatus } from "@/lib/remediation/types";

export interface SummarizableItem {
  severity: string;
  dueDate: string;
  state: ItemStatus | "resolved" | "still_firing";
}

export interface PlanSummary {
  open: number;
  openBlockers: number;
  overdue: number;
  dueThisWeek: number;
  resolved: number;
  done: number;
}

/** Still to do: not resolved by a save and not marked done (a "done" whose finding still fires counts as open). */
export const isOutstanding = (item: SummarizableItem) => item.state !== "resolved" && item.state !== "done";

export function summarizePlan(items: readonly SummarizableItem[], today: string): PlanSummary {
  const weekEnd = addDays(today, 7);
  const outstanding = items.filter(isOutstanding);
  return {
    open: outstanding.length,
    openBlockers: outstanding.filter((item) => item.severity === "blocker").length,
    overdue: outstanding.filter((item) => item.dueDate < today).length,
    dueThisWeek: outstanding.filter((item) => item.dueDate >= today && item.dueDate <= weekEnd).length,
    resolved: items.filter((item) => item.state === "resolved").length,
    done: items.filter((item) => item.state === "done").length,
  };
}
