/**
 * How a list row is named in its heading, in the editor and in the read mode alike:
 * "Phase 2 — Pilot with EMEA". The noun and the row's own words, cut to one short line.
 */
import { ENUM_LABELS, EXCEPTION_CASE_LABELS, type ListPlanSectionKey } from "@/lib/readiness/client";

/** A short, single-line summary of a text field for the row heading. */
export function excerpt(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const line = value.trim().replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** The plan's list sections with rows (the mapping sheet is a grid with its own columns). */
export type PlanRowSection = Exclude<ListPlanSectionKey, "fieldMappings">;

type Row = Readonly<Record<string, unknown>>;

function labelOf(labels: Readonly<Record<string, string>>, value: unknown): string | undefined {
  return typeof value === "string" ? labels[value] : undefined;
}

/** What one row of each list section is called, and which of its words head it. */
export const PLAN_ROWS: Readonly<Record<PlanRowSection, { noun: string; about: (row: Row) => string | undefined }>> = {
  workflowMap: { noun: "Step", about: (row) => excerpt(row.step) },
  apiContracts: { noun: "API contract", about: (row) => labelOf(ENUM_LABELS.systems, row.system) },
  exceptions: { noun: "Exception", about: (row) => labelOf(EXCEPTION_CASE_LABELS, row.case) },
  rollout: { noun: "Phase", about: (row) => excerpt(row.name) },
  kpis: { noun: "KPI", about: (row) => excerpt(row.name) },
};

/** "Phase 2 — Pilot with EMEA"; "Phase 2" while the row has no words of its own. */
export function planRowTitle(section: PlanRowSection, row: Row, index: number): string {
  const { noun, about } = PLAN_ROWS[section];
  const words = about(row);
  return words === undefined ? `${noun} ${index + 1}` : `${noun} ${index + 1} — ${words}`;
}
