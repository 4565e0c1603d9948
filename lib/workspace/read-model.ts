/**
 * An answer as a reader sees it: in the framework's order (the PDF's order), every field
 * by its label with its value in words, list rows as cards. Pure; the viewer's read mode
 * renders it. Blank rows are left out: they hold nothing to read.
 */
import { AREAS, LIST_QUESTION_KEYS, hasContent, type JudgedDocument, type QuestionKey } from "@/lib/readiness/client";
import { describePathParts, describeValue } from "@/lib/readiness/describe-path";
import { isBlankRow } from "./blank-rows";
import { fieldPathsOf } from "./step-progress";

export interface ReadField {
  path: string;
  label: string;
  /** The value in words; null when nothing is entered. */
  value: string | null;
}

export interface ReadRow {
  path: string;
  title: string;
  fields: ReadField[];
}

export type ReadAnswer = { shape: "form"; fields: ReadField[] } | { shape: "rows"; rows: ReadRow[] };

const LIST_KEYS: ReadonlySet<string> = new Set(LIST_QUESTION_KEYS);

function readFields(base: string, value: unknown, fields: readonly string[], skip: number): ReadField[] {
  return fields.map((field) => {
    let node: unknown = value;
    for (const segment of field.split("."))
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    const path = `${base}.${field}`;
    return { path, label: describePathParts(path).slice(skip).join(" · "), value: hasContent(node) ? describeValue(path, node) : null };
  });
}

export function readAnswer(document: JudgedDocument, question: QuestionKey): ReadAnswer {
  const section: unknown = document.answers?.[question];
  const fields = fieldPathsOf(question);
  const base = `answers.${question}`;
  if (!LIST_KEYS.has(question)) return { shape: "form", fields: readFields(base, section, fields, 1) };
  const rows = Array.isArray(section) ? section : [];
  return {
    shape: "rows",
    rows: rows.flatMap((row, index) => {
      if (isBlankRow(row)) return [];
      const path = `${base}.${index}`;
      return [{ path, title: describePathParts(path)[1] ?? path, fields: readFields(path, row, fields, 2) }];
    }),
  };
}

export interface ReadScore {
  path: string;
  label: string;
  score: number | null;
  /** The rubric line of the level picked. */
  meaning: string | null;
  note: string | null;
}

export function readScores(document: JudgedDocument): ReadScore[] {
  return AREAS.map((area) => {
    const entry = document.scores?.[area.key];
    const score = entry?.score ?? null;
    const rubric = area.rubric as Readonly<Record<number, string>>;
    return {
      path: `scores.${area.key}`,
      label: area.label,
      score,
      meaning: score === null ? null : (rubric[score] ?? null),
      note: entry?.note !== undefined && entry.note.trim() !== "" ? entry.note : null,
    };
  });
}
