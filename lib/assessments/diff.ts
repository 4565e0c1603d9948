/**
 * Field-level differences between two assessment drafts (or any JSON values). Pure: used for
 * audit events (before → after), the conflict view and snapshot comparison.
 */
export interface FieldChange {
  path: string; // dotted, rows by index: "answers.actions.2.approval"
  before: unknown;
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Leaf values by dotted path. Arrays of scalars (e.g. systems, fallbacks) count as one leaf. */
export function flatten(value: unknown, prefix = "", out: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
    return out;
  }
  if (Array.isArray(value) && value.some((item) => isPlainObject(item) || Array.isArray(item))) {
    value.forEach((item, index) => flatten(item, prefix ? `${prefix}.${index}` : String(index), out));
    return out;
  }
  if (prefix) out.set(prefix, value);
  return out;
}

/** Equal as JSON. Leaves are mostly strings and numbers: those are compared without serializing. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a as Json) === JSON.stringify(b as Json);
}

/** One collator for every sort: `localeCompare` with options builds a new one per comparison. */
const pathOrder = new Intl.Collator("en", { numeric: true });

/** Every leaf that differs, sorted by path; a missing leaf reads as undefined. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: FieldChange[] = [];
  for (const [path, value] of a) {
    if (!same(value, b.get(path))) changes.push({ path, before: value, after: b.get(path) });
  }
  for (const [path, value] of b) {
    if (!a.has(path) && value !== undefined) changes.push({ path, before: undefined, after: value });
  }
  return changes.sort((x, y) => pathOrder.compare(x.path, y.path));
}

export interface MergeResult<T> {
  merged: T;
  /** Paths both sides changed to different values: the user must choose. */
  conflicts: { path: string; base: unknown; mine: unknown; theirs: unknown }[];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: Record<string, unknown> | unknown[] = target;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const slot = Array.isArray(node) ? Number(key) : key;
    const container = node as Record<string | number, unknown>;
    if (last) {
      if (value === undefined) {
        if (Array.isArray(node)) container[slot] = undefined;
        else delete container[slot];
      } else container[slot] = value;
      return;
    }
    if (typeof container[slot] !== "object" || container[slot] === null) container[slot] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = container[slot] as Record<string, unknown> | unknown[];
  });
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, compact(v)]),
    );
  return value;
}

/**
 * Three-way merge at field level: my changes since `base` applied on top of `theirs`.
 * Where both changed the same field differently it keeps theirs and reports a conflict.
 */
export function mergeFields<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const merged = structuredClone(theirs) as Record<string, unknown>;
  const theirChanges = new Map(diffFields(base, theirs).map((c) => [c.path, c.after]));
  const conflicts: MergeResult<T>["conflicts"] = [];
  for (const change of diffFields(base, mine)) {
    if (theirChanges.has(change.path) && !same(theirChanges.get(change.path), change.after)) {
      conflicts.push({ path: change.path, base: change.before, mine: change.after, theirs: theirChanges.get(change.path) });
      continue;
    }
    setPath(merged, change.path, change.after);
  }
  return { merged: compact(merged) as T, conflicts };
}

/** Applies chosen values (e.g. the user's picks for conflicting paths) to a document. */
export function withValues<T>(document: T, values: { path: string; value: unknown }[]): T {
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const { path, value } of values) setPath(copy, path, value);
  return compact(copy) as T;
}
