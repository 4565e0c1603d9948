/**
 * The workspace's working copy of an assessment ({ answers, scores, plan }) and the immutable
 * edits made to it. Pure: the form, the autosave controller and the conflict merge all
 * go through these functions, so a document always stays tidy — an emptied input removes
 * its key instead of storing "", and a section left with nothing in it disappears.
 */
import { diffFields } from "@/lib/assessments/diff";
import type {
  Answers,
  AssessmentDocumentV2,
  ListPlanSectionKey,
  ListQuestionKey,
  Plan,
  Scores,
  ValidationIssue,
} from "@/lib/readiness/client";
// From keys itself, not the client barrel: every page's header reaches this module (sign-out
// sends unsent drafts), and the barrel would bring the engine and the framework's prose along.
import { ASSESSMENT_FORMAT_V2 } from "@/lib/readiness/keys";

export interface WorkspaceDoc {
  answers: Answers;
  scores: Scores;
  /** The integration plan; `{}` when there is none (every save sends it, so `{}` clears it). */
  plan: Plan;
}

/** A list of rows: a list question (`actions`) or a list plan section by its path (`plan.rollout`). */
export type ListSection = ListQuestionKey | `plan.${ListPlanSectionKey}`;

/** Where a list section's rows live in the document. */
export function listPath(section: ListSection): string {
  return section.startsWith("plan.") ? section : `answers.${section}`;
}

/** The three roots of a document produced by a path edit or a merge; a missing root is empty. */
function rootsOf(next: Record<string, unknown>): WorkspaceDoc {
  return { answers: (next.answers ?? {}) as Answers, scores: (next.scores ?? {}) as Scores, plan: (next.plan ?? {}) as Plan };
}

type Container = Record<string, unknown> | unknown[];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What counts as "nothing entered": the key is removed rather than stored. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** Index segments ("2") address list rows. */
function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split(".")) {
    if (Array.isArray(node) && isIndex(segment)) node = node[Number(segment)];
    else if (isPlainObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

function copyOf(node: unknown, nextIsIndex: boolean): Container {
  if (Array.isArray(node)) return [...node];
  if (isPlainObject(node)) return { ...node };
  return nextIsIndex ? [] : {};
}

/**
 * Sets `value` at a dotted path, returning a new document (untouched branches are shared), or
 * the same document when the path already holds the value.
 * An empty value deletes the key; parents left empty are deleted too, except list rows —
 * a freshly added row is `{}` and must stay visible — and the `answers`/`scores`/`plan` roots.
 */
export function setAt(doc: WorkspaceDoc, path: string, value: unknown): WorkspaceDoc {
  // The value already there (or nothing, for an empty value) is no edit: the same document.
  const current = getAt(doc, path);
  if (current === value || (current === undefined && isEmptyValue(value))) return doc;
  const segments = path.split(".");
  const write = (node: unknown, depth: number): unknown => {
    const key = segments[depth]!;
    const container = copyOf(node, isIndex(key));
    const last = depth === segments.length - 1;
    const child = last ? value : write(getAt(container, key), depth + 1);
    if (Array.isArray(container)) {
      const index = Number(key);
      // A row never disappears because its fields were emptied; only removeRow removes it.
      container[index] = child === undefined ? {} : child;
      return container;
    }
    const keepEmptyRow = isIndex(key) && !last;
    if (isEmptyValue(child) && !keepEmptyRow) delete container[key];
    else container[key] = child;
    return container;
  };
  return rootsOf(write(doc, 0) as Record<string, unknown>);
}

function rowsOf(doc: WorkspaceDoc, section: ListSection): unknown[] {
  const rows = getAt(doc, listPath(section));
  return Array.isArray(rows) ? rows : [];
}

/** No rows left removes the list (setAt deletes empty values, and a plan left empty with it). */
function withRows(doc: WorkspaceDoc, section: ListSection, rows: unknown[]): WorkspaceDoc {
  return setAt(doc, listPath(section), rows);
}

/** A new row at the end: empty, or holding what the person already chose (a filtered sheet's object). */
export function addRow(doc: WorkspaceDoc, section: ListSection, row: Record<string, unknown> = {}): WorkspaceDoc {
  return withRows(doc, section, [...rowsOf(doc, section), row]);
}

/** Rows read from a paste or an imported file, after the last row or instead of every row. */
export function addRows(doc: WorkspaceDoc, section: ListSection, rows: readonly unknown[], replace: boolean): WorkspaceDoc {
  return withRows(doc, section, replace ? [...rows] : [...rowsOf(doc, section), ...rows]);
}

export function removeRow(doc: WorkspaceDoc, section: ListSection, index: number): WorkspaceDoc {
  return withRows(
    doc,
    section,
    rowsOf(doc, section).filter((_, i) => i !== index),
  );
}

/** Moves a row to `to` (clamped); a no-op returns the same document. */
export function moveRow(doc: WorkspaceDoc, section: ListSection, from: number, to: number): WorkspaceDoc {
  const rows = [...rowsOf(doc, section)];
  const target = Math.max(0, Math.min(rows.length - 1, to));
  if (from === target || from < 0 || from >= rows.length) return doc;
  const [row] = rows.splice(from, 1);
  rows.splice(target, 0, row);
  return withRows(doc, section, rows);
}

export type RowOperation =
  | { op: "add"; row?: Record<string, unknown> }
  | { op: "addMany"; rows: readonly unknown[]; replace: boolean }
  | { op: "remove"; index: number }
  | { op: "move"; from: number; to: number };

export function applyRowOperation(doc: WorkspaceDoc, section: ListSection, operation: RowOperation): WorkspaceDoc {
  switch (operation.op) {
    case "add":
      return addRow(doc, section, operation.row);
    case "addMany":
      return addRows(doc, section, operation.rows, operation.replace);
    case "remove":
      return removeRow(doc, section, operation.index);
    case "move":
      return moveRow(doc, section, operation.from, operation.to);
  }
}

/**
 * Removes empty keys everywhere (for documents produced by a merge, which can leave `{}`
 * behind). `dropEmptyRows` also removes `{}` rows: after a merge they are what is left of
 * a deleted row, not a row someone just added.
 */
export function tidy(doc: WorkspaceDoc, options: { dropEmptyRows?: boolean } = {}): WorkspaceDoc {
  const clean = (value: unknown, inList: boolean): unknown => {
    if (Array.isArray(value)) {
      const items = value.map((item) => clean(item, true)).filter((item) => item !== undefined);
      return items.length === 0 ? undefined : items;
    }
    if (isPlainObject(value)) {
      const entries = Object.entries(value)
        .map(([key, child]) => [key, clean(child, false)] as const)
        .filter(([, child]) => child !== undefined);
      if (entries.length === 0) return inList && !options.dropEmptyRows ? {} : undefined;
      return Object.fromEntries(entries);
    }
    return value === "" || value === null ? undefined : value;
  };
  return rootsOf({ answers: clean(doc.answers, false), scores: clean(doc.scores, false), plan: clean(doc.plan, false) });
}

/**
 * The whole v2 document, as the server judges it (ruleset 2.0.0 reads the plan too). An empty
 * plan is left out, as the server leaves it out of a stored draft's document.
 */
export function toAssessment(doc: WorkspaceDoc): AssessmentDocumentV2 {
  const document: AssessmentDocumentV2 = { format: ASSESSMENT_FORMAT_V2, answers: doc.answers, scores: doc.scores };
  return Object.keys(doc.plan).length === 0 ? document : { ...document, plan: doc.plan };
}

/** Same content field by field (key order and empty rows do not matter). */
export function sameDoc(a: WorkspaceDoc, b: WorkspaceDoc): boolean {
  return diffFields(a, b).length === 0;
}

type Parser = typeof import("@/lib/readiness/schema/parse").parseAssessmentV2;
let parser: Parser | null = null;

/**
 * Loads the document schema (zod, ~45 kB gzip) once the workspace is on screen: showing
 * and editing the form does not need it, only checking an edit before it is sent does.
 */
export async function loadSchema(): Promise<void> {
  parser ??= (await import("@/lib/readiness/schema/parse")).parseAssessmentV2;
}

/**
 * The same schema the server applies (v2: action rows may hold the contract fields an import
 * brought, which the form does not show but carries along), run in the browser so invalid
 * input is never sent.
 * Until the schema has loaded (the first moments after the page appears) nothing is
 * flagged here; the server still validates every save and answers with the problems.
 */
export function validateDoc(doc: WorkspaceDoc): ValidationIssue[] {
  if (!parser) return [];
  const result = parser(toAssessment(doc));
  return result.ok ? [] : result.issues;
}
