/**
 * How the layout models read the plan: which rows a section offers for drawing, and its
 * texts as a picture shows them. Shared by the timeline and the swimlane so both read alike.
 */
import type { Plan } from "@/lib/readiness";

type ListSection = "rollout" | "workflowMap";

/** The rows of a list section, or none when it is declared not applicable (its content is ignored, as by the rules). */
export function sectionRows<K extends ListSection>(plan: Plan | undefined, key: K): NonNullable<Plan[K]> | readonly [] {
  if (plan?.notApplicable?.[key] !== undefined) return [];
  return plan?.[key] ?? [];
}

/** The text on one line (trimmed, runs of white space made one space); null when blank. */
export function oneLine(value: string | undefined): string | null {
  const line = value?.trim().replace(/\s+/g, " ") ?? "";
  return line === "" ? null : line;
}

/** The text trimmed, line breaks kept (criteria read as written); null when blank. */
export function trimmedText(value: string | undefined): string | null {
  const text = value?.trim() ?? "";
  return text === "" ? null : text;
}
