/**
 * The plan as ruleset 2.0.0 reads it: which sections are declared not applicable, which
 * are answered (by the rule of a question: a list needs one row, a form one non-empty
 * field; a section declared not applicable counts as answered), and the document the
 * rules judge, in which a section declared not applicable holds nothing.
 */
import { LIST_PLAN_SECTION_KEYS, PLAN_SECTION_KEYS, type PlanSectionKey } from "../keys";
import type { JudgedDocument } from "../rules/types";
import { hasContent } from "./answered";
import { hasText } from "./text";

const LIST_SECTIONS: ReadonlySet<PlanSectionKey> = new Set(LIST_PLAN_SECTION_KEYS);

/** Sections declared not applicable with a reason, in plan order. */
export function notApplicableSections(document: JudgedDocument): PlanSectionKey[] {
  const declared = document.plan?.notApplicable;
  if (declared === undefined) return [];
  return PLAN_SECTION_KEYS.filter((key) => hasText(declared[key]));
}

/** Whether the section itself holds content (a list: a row; a form: a non-empty field). */
export function planSectionHasContent(document: JudgedDocument, key: PlanSectionKey): boolean {
  const section: unknown = document.plan?.[key];
  if (LIST_SECTIONS.has(key)) return Array.isArray(section) && section.length > 0;
  return hasContent(section);
}

export function planAnsweredMap(document: JudgedDocument, notApplicable: readonly PlanSectionKey[]): Record<PlanSectionKey, boolean> {
  const map = {} as Record<PlanSectionKey, boolean>;
  for (const key of PLAN_SECTION_KEYS) map[key] = notApplicable.includes(key) || planSectionHasContent(document, key);
  return map;
}

/** The document without the content of the sections declared not applicable (the rules ignore it). */
export function withoutNotApplicable(document: JudgedDocument, notApplicable: readonly PlanSectionKey[]): JudgedDocument {
  const plan = document.plan;
  if (plan === undefined || !notApplicable.some((key) => plan[key] !== undefined)) return document;
  const kept: Record<string, unknown> = { ...plan };
  for (const key of notApplicable) delete kept[key];
  return { ...document, plan: kept as NonNullable<JudgedDocument["plan"]> };
}
