/**
 * The integration plan at a glance, for the project dashboard (issue #17): how many mapping
 * rows there are and how many have findings, which of the required exception cases are
 * covered, the KPIs as baseline → target, and which sections are declared not applicable
 * (with their reason). Pure: the findings are an argument, so the dashboard shows the
 * evaluation it already ran.
 */
import {
  EXCEPTION_CASE_LABELS,
  KPI_DIRECTION_LABELS,
  PLAN_SECTION_KEYS,
  PLAN_SECTION_LABELS,
  REQUIRED_EXCEPTION_CASES,
  rowHasValue,
  type ExceptionCase,
  type Plan,
  type PlanSectionKey,
} from "@/lib/readiness";
import { oneLine } from "./layout-input";

export interface MappingSummary {
  /** Non-blank rows of the mapping sheet. */
  rows: number;
  /** Distinct rows at least one finding targets (`plan.fieldMappings.<row>…`). */
  rowsWithProblems: number;
  /** Every finding under `plan.fieldMappings`, the section's own included. */
  findings: number;
}

export interface ExceptionCoverage {
  cases: { case: ExceptionCase; label: string; covered: boolean }[];
  covered: number;
  total: number;
}

export interface KpiSummaryRow {
  /** The KPI's name on one line, else "KPI <n>". */
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  /** "Higher is better" / "Lower is better", or null when not said. */
  direction: string | null;
  owner: string | null;
}

export interface NotApplicableSection {
  key: PlanSectionKey;
  label: string;
  reason: string;
}

export interface PlanSummary {
  /** Nothing written in any section and nothing declared not applicable: the dashboard invites the team to start. */
  empty: boolean;
  mappings: MappingSummary | null;
  exceptions: ExceptionCoverage | null;
  kpis: KpiSummaryRow[] | null;
  notApplicable: NotApplicableSection[];
}

const MAPPING_TARGET = /^plan\.fieldMappings(?:\.(\d+))?(?:\.|$)/;

/** What the summary needs of a finding: where it points. */
export interface TargetedFinding {
  target: string;
}

function mappingSummary(plan: Plan, findings: readonly TargetedFinding[]): MappingSummary {
  const rows = (plan.fieldMappings ?? []).filter(rowHasValue).length;
  const problemRows = new Set<number>();
  let count = 0;
  for (const finding of findings) {
    const match = MAPPING_TARGET.exec(finding.target);
    if (match === null) continue;
    count += 1;
    if (match[1] !== undefined) problemRows.add(Number(match[1]));
  }
  return { rows, rowsWithProblems: problemRows.size, findings: count };
}

function exceptionCoverage(plan: Plan): ExceptionCoverage {
  const present = new Set((plan.exceptions ?? []).map((row) => row.case));
  const cases = REQUIRED_EXCEPTION_CASES.map((value) => ({
    case: value,
    label: EXCEPTION_CASE_LABELS[value],
    covered: present.has(value),
  }));
  return { cases, covered: cases.filter((entry) => entry.covered).length, total: cases.length };
}

function kpiRows(plan: Plan): KpiSummaryRow[] {
  return (plan.kpis ?? []).filter(rowHasValue).map((row, index) => ({
    name: oneLine(row.name) ?? `KPI ${index + 1}`,
    unit: oneLine(row.unit),
    baseline: row.baseline ?? null,
    target: row.target ?? null,
    direction: row.better === undefined ? null : KPI_DIRECTION_LABELS[row.better],
    owner: oneLine(row.owner),
  }));
}

/** Whether a section holds anything: a row with a value, or an object with a field set. */
function sectionHasContent(plan: Plan, key: PlanSectionKey): boolean {
  const value = plan[key];
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some((row: object) => rowHasValue(row));
  return rowHasValue(value);
}

/** The summary of `plan` (absent on a draft that never opened the plan) judged by `findings`. */
export function planSummary(plan: Plan | undefined, findings: readonly TargetedFinding[]): PlanSummary {
  const own = plan ?? {};
  const reasons = own.notApplicable ?? {};
  const notApplicable = PLAN_SECTION_KEYS.flatMap((key): NotApplicableSection[] => {
    const reason = oneLine(reasons[key]);
    return reason === null ? [] : [{ key, label: PLAN_SECTION_LABELS[key], reason }];
  });
  const skipped = new Set(notApplicable.map((section) => section.key));
  const empty = notApplicable.length === 0 && !PLAN_SECTION_KEYS.some((key) => sectionHasContent(own, key));
  return {
    empty,
    mappings: skipped.has("fieldMappings") ? null : mappingSummary(own, findings),
    exceptions: skipped.has("exceptions") ? null : exceptionCoverage(own),
    kpis: skipped.has("kpis") ? null : kpiRows(own),
    notApplicable,
  };
}
