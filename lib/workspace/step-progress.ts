/**
 * What is "settled" and what is still "in progress" in the workspace, so that half-typed
 * answers guide instead of punish. While a person fills in a step that was empty when they
 * opened it, its findings are a to-do list, not blockers; they count once the person leaves
 * the step. A row or section that already held answers when the step was opened is settled
 * from the start (its findings are real news), and so are scores (one click, never half done).
 * Plan sections follow the same rules as questions; a not-applicable declaration is settled.
 */
import {
  AREA_KEYS,
  FIELDS,
  LIST_PLAN_SECTION_KEYS,
  LIST_QUESTION_KEYS,
  PLAN_SECTION_TEXTS,
  compactDocument,
  hasContent,
  isAnswered,
  notApplicableSections,
  planAnsweredMap,
  type EvaluationV2 as Evaluation,
  type FindingV2 as Finding,
  type JudgedDocument,
  type PlanSectionKey,
  type QuestionKey,
  type Verdict,
} from "@/lib/readiness/client";
import { describePathParts } from "@/lib/readiness/describe-path";
import { isBlankRow } from "./blank-rows";
import { STEP_KEYS, isPlanStep, stepForPath, stepPath, type StepKey } from "./steps";
import { valueAt } from "./value-at";

/** The step being edited and the document as it was when the person opened it. */
export interface StepVisit {
  step: StepKey;
  entry: JudgedDocument;
}

const LIST_KEYS: ReadonlySet<string> = new Set([...LIST_QUESTION_KEYS, ...LIST_PLAN_SECTION_KEYS]);
const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/** Holds an answer: a list holds one when one of its rows is not blank. */
function filled(value: unknown): boolean {
  return Array.isArray(value) ? value.some((row) => !isBlankRow(row)) : hasContent(value);
}

/**
 * The part a finding is about: its row in a list question or list plan section, else its
 * question or plan section. Null for scores, not-applicable declarations and the rest.
 */
export function unitOf(target: string): string | null {
  const [root, key, third] = target.split(".");
  if ((root !== "answers" && root !== "plan") || key === undefined || key === "notApplicable" || stepForPath(target) === null) return null;
  return LIST_KEYS.has(key) && isIndex(third) ? `${root}.${key}.${third}` : `${root}.${key}`;
}

/**
 * Whether a finding is about a part of the open step that was empty when the person opened
 * it and that they have started to fill in. Untouched parts stay settled: opening a step
 * alone never hides a blocker. No visit (a viewer, who edits nothing): everything is settled.
 */
export function isInProgress(target: string, document: JudgedDocument, visit: StepVisit | null): boolean {
  if (visit === null || visit.step === "scores" || stepForPath(target) !== visit.step) return false;
  const unit = unitOf(target);
  return unit !== null && !filled(valueAt(visit.entry, unit)) && filled(valueAt(document, unit));
}

export interface FindingsSplit {
  settled: Finding[];
  inProgress: Finding[];
}

export function splitFindings(findings: readonly Finding[], document: JudgedDocument, visit: StepVisit | null): FindingsSplit {
  const split: FindingsSplit = { settled: [], inProgress: [] };
  for (const finding of findings) (isInProgress(finding.target, document, visit) ? split.inProgress : split.settled).push(finding);
  return split;
}

/**
 * The verdict as the workspace shows it: blockers still being typed make the assessment
 * incomplete (it is, the step is not finished), not blocked.
 */
export function presentedVerdict(evaluation: Evaluation, split: FindingsSplit): Verdict {
  if (evaluation.verdict !== "blocked") return evaluation.verdict;
  return split.settled.some((finding) => finding.severity === "blocker") ? "blocked" : "incomplete";
}

/** A field still empty in the part being filled in, with its name as the person reads it. */
export interface FieldLeft {
  path: string;
  label: string;
}

type FieldGroups = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Plan fields the workspace does not ask for field by field (a mapping's value map is a list of its own). */
const NOT_A_PLAN_FIELD: ReadonlySet<string> = new Set(["valueMap"]);

/**
 * The field paths of one question's or plan section's form or row, nested groups (Q1's
 * outcome) expanded, in the framework's order.
 */
export function fieldPathsOf(question: QuestionKey | PlanSectionKey): string[] {
  if (isPlanStep(question)) return Object.keys(PLAN_SECTION_TEXTS[question].fields).filter((key) => !NOT_A_PLAN_FIELD.has(key));
  const groups = FIELDS as unknown as FieldGroups;
  return Object.keys(groups[question] ?? {}).flatMap((key) =>
    groups[key] === undefined ? [key] : Object.keys(groups[key]!).map((inner) => `${key}.${inner}`),
  );
}

/** The units of the open step that are in progress and started: a section with something typed, or a row added on this visit. */
function unitsInProgress(document: JudgedDocument, visit: StepVisit | null): string[] {
  if (visit === null || visit.step === "scores") return [];
  const base = stepPath(visit.step);
  const section = valueAt(document, base);
  if (!LIST_KEYS.has(visit.step)) return filled(section) && !filled(valueAt(visit.entry, base)) ? [base] : [];
  if (!Array.isArray(section)) return [];
  return section.flatMap((_, index) => (filled(valueAt(visit.entry, `${base}.${index}`)) ? [] : [`${base}.${index}`]));
}

/** "Row 2 · Stage": a plan field's name as the section's form or row shows it. */
function planFieldLabel(path: string): string {
  const [, key, ...rest] = path.split(".");
  const fields = PLAN_SECTION_TEXTS[key as PlanSectionKey].fields;
  return rest.map((segment) => (isIndex(segment) ? `Row ${Number(segment) + 1}` : (fields[segment]?.label ?? segment))).join(" · ");
}

/** The to-do list of the open step: every field still empty in the parts being filled in. */
export function fieldsLeft(document: JudgedDocument, visit: StepVisit | null): FieldLeft[] {
  if (visit === null || visit.step === "scores") return [];
  const fields = fieldPathsOf(visit.step);
  const plan = isPlanStep(visit.step);
  return unitsInProgress(document, visit).flatMap((unit) =>
    fields
      .map((field) => `${unit}.${field}`)
      .filter((path) => !hasContent(valueAt(document, path)))
      .map((path) => ({ path, label: plan ? planFieldLabel(path) : describePathParts(path).slice(1).join(" · ") })),
  );
}

export type StepState = "unanswered" | "in-progress" | "answered";

/** What the navigator and the step heading show for each step. */
export interface StepMarker {
  state: StepState;
  /** Blockers that count: settled ones only. */
  blockers: number;
  /** Fields still empty in the parts being filled in (the open step only). */
  fieldsLeft: number;
}

/** Whether each step holds an answer: blank rows left out, a plan section declared not applicable counts. */
function answeredSteps(document: JudgedDocument): Record<StepKey, boolean> {
  const { document: trimmed } = compactDocument(document);
  const plan = planAnsweredMap(trimmed, notApplicableSections(trimmed));
  const answered = {} as Record<StepKey, boolean>;
  for (const step of STEP_KEYS) {
    if (step === "scores") answered[step] = AREA_KEYS.every((key) => document.scores?.[key] !== undefined);
    else answered[step] = isPlanStep(step) ? plan[step] : isAnswered(trimmed, step);
  }
  return answered;
}

export function stepMarkers(document: JudgedDocument, settled: readonly Finding[], visit: StepVisit | null): Record<StepKey, StepMarker> {
  const answeredMap = answeredSteps(document);
  const left = fieldsLeft(document, visit).length;
  const markers = {} as Record<StepKey, StepMarker>;
  for (const step of STEP_KEYS) {
    const answered = answeredMap[step];
    const open = step === visit?.step && left > 0;
    markers[step] = { state: open ? "in-progress" : answered ? "answered" : "unanswered", blockers: 0, fieldsLeft: open ? left : 0 };
  }
  for (const finding of settled) {
    const step = finding.severity === "blocker" ? stepForPath(finding.target) : null;
    if (step !== null) markers[step].blockers += 1;
  }
  return markers;
}
