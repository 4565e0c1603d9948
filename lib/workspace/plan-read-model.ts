/**
 * The integration plan as a reader sees it (the viewer's read mode; read-model.ts does the
 * same for the questions): each field by the plan's own label (plan-text/), its value in
 * words, list rows as cards titled as in the editor. A section declared not applicable reads
 * as its reason. Pure. Blank rows are left out; the others keep their numbers.
 */
import {
  ENUM_LABELS,
  EXCEPTION_CASE_LABELS,
  EXCEPTION_HANDLING_LABELS,
  KPI_DIRECTION_LABELS,
  KPI_KIND_LABELS,
  PLAN_SECTION_TEXTS,
  REVIEW_CADENCE_LABELS,
  ROLLOUT_STAGE_LABELS,
  hasContent,
  type JudgedDocument,
  type PlanSectionKey,
  type RoiFiguresOutput,
} from "@/lib/readiness/client";
import { isBlankRow } from "./blank-rows";
import type { ReadField, ReadRow } from "./read-model";
import { roiFigures, type RoiFigure } from "./roi-figures";
import { PLAN_ROWS, planRowTitle, type PlanRowSection } from "./row-titles";
import { fieldPathsOf } from "./step-progress";
import { valueAt } from "./value-at";

export type PlanRead =
  | { shape: "not-applicable"; path: string; reason: string }
  /** `figures`: the evaluation's ROI figures (ROI only, once its numbers are in). */
  | { shape: "form"; fields: ReadField[]; figures: RoiFigure[] }
  | { shape: "rows"; rows: ReadRow[] };

type Labels = Readonly<Record<string, string>>;

/** The labels of each enum field, by section; a field not named here shows its value as written. */
const ENUM_FIELDS: Readonly<Partial<Record<PlanSectionKey, Readonly<Record<string, Labels>>>>> = {
  workflowMap: { system: ENUM_LABELS.systems },
  apiContracts: { system: ENUM_LABELS.systems },
  exceptions: { case: EXCEPTION_CASE_LABELS, handling: EXCEPTION_HANDLING_LABELS },
  rollout: { stage: ROLLOUT_STAGE_LABELS },
  kpis: { kind: KPI_KIND_LABELS, better: KPI_DIRECTION_LABELS },
  enablement: { stabilizationReviews: REVIEW_CADENCE_LABELS },
};

const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A value in words: enum labels, Yes/No, numbers with separators, text and dates as written. */
function inWords(section: PlanSectionKey, field: string, value: unknown): string | null {
  if (!hasContent(value)) return null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return NUMBER.format(value);
  if (typeof value === "string") return ENUM_FIELDS[section]?.[field]?.[value] ?? value;
  return JSON.stringify(value);
}

function readFields(section: PlanSectionKey, base: string, value: unknown): ReadField[] {
  const texts = PLAN_SECTION_TEXTS[section].fields;
  return fieldPathsOf(section).map((field) => ({
    path: `${base}.${field}`,
    label: texts[field]?.label ?? field,
    value: inWords(section, field, valueAt(value, field)),
  }));
}

const isRowSection = (section: PlanSectionKey): section is PlanRowSection => section in PLAN_ROWS;

/** The reason a section was declared not applicable, or null when it applies. */
export function notApplicableReason(document: JudgedDocument, section: PlanSectionKey): string | null {
  const reason = document.plan?.notApplicable?.[section];
  return typeof reason === "string" && reason.trim() !== "" ? reason : null;
}

/**
 * One plan section in read mode; null for the mapping sheet, whose grid reads itself to
 * viewers (unless it was declared not applicable). `roi`: the evaluation's figures.
 */
export function readPlanSection(document: JudgedDocument, section: PlanSectionKey, roi: RoiFiguresOutput | null): PlanRead | null {
  const reason = notApplicableReason(document, section);
  if (reason !== null) return { shape: "not-applicable", path: `plan.notApplicable.${section}`, reason };
  if (section === "fieldMappings") return null;
  const base = `plan.${section}`;
  const content: unknown = document.plan?.[section];
  if (!isRowSection(section)) {
    const figures = section === "roi" && roi !== null ? roiFigures(roi) : [];
    return { shape: "form", fields: readFields(section, base, content), figures };
  }
  const rows: unknown[] = Array.isArray(content) ? content : [];
  return {
    shape: "rows",
    rows: rows.flatMap((row, index) => {
      if (isBlankRow(row) || typeof row !== "object" || row === null) return [];
      const path = `${base}.${index}`;
      return [{ path, title: planRowTitle(section, row as Record<string, unknown>, index), fields: readFields(section, path, row) }];
    }),
  };
}
