/**
 * What an import would change, shown before it is applied: the questions, rows, scores and plan sections
 * whose fields differ between the stored draft and the file, each with how many fields
 * change. Pure (the browser runs it on the chosen file); the server still validates the
 * file when it is applied.
 */
import { LIST_PLAN_SECTION_KEYS, LIST_QUESTION_KEYS } from "@/lib/readiness/client";
import { describePath } from "@/lib/readiness/describe-path";
import { diffFields } from "./diff";

export interface ImportChange {
  /** The question (`answers.workflow`), row (`answers.actions.2`) or area score (`scores.securityControls`). */
  path: string;
  label: string;
  kind: "added" | "removed" | "changed";
  fields: number;
}

interface Draft {
  answers: unknown;
  scores: unknown;
  /** The integration plan (format v2); `{}` when there is none. */
  plan: unknown;
}

const LIST_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  answers: new Set(LIST_QUESTION_KEYS),
  plan: new Set(LIST_PLAN_SECTION_KEYS),
};

function groupOf(path: string): string {
  const [root, key, third] = path.split(".");
  if (root !== undefined && key !== undefined && LIST_KEYS[root]?.has(key) && third !== undefined && /^\d+$/.test(third))
    return `${root}.${key}.${third}`;
  return key === undefined ? path : `${root}.${key}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The draft part of a parsed file (a v1 file has no plan), or null when it is not an object (the server reports why). */
export function draftOfFile(value: unknown): Draft | null {
  if (!isObject(value)) return null;
  return { answers: value.answers ?? {}, scores: value.scores ?? {}, plan: value.plan ?? {} };
}

export function importPreview(current: Draft, incoming: Draft): ImportChange[] {
  const groups = new Map<string, { added: number; removed: number; fields: number }>();
  for (const change of diffFields(
    { answers: current.answers, scores: current.scores, plan: current.plan ?? {} },
    { answers: incoming.answers, scores: incoming.scores, plan: incoming.plan ?? {} },
  )) {
    const key = groupOf(change.path);
    const group = groups.get(key) ?? { added: 0, removed: 0, fields: 0 };
    group.fields += 1;
    if (change.before === undefined) group.added += 1;
    if (change.after === undefined) group.removed += 1;
    groups.set(key, group);
  }
  return [...groups].map(([path, group]) => ({
    path,
    label: describePath(path),
    kind: group.added === group.fields ? "added" : group.removed === group.fields ? "removed" : "changed",
    fields: group.fields,
  }));
}
