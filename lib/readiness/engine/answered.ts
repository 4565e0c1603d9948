/**
 * When does a question count as answered?
 *
 * - A list section (sourceOfTruth, dataSources, actions, testCases) is answered when it
 *   has at least one row, whatever the row contains.
 * - A form section is answered when it has at least one non-empty field: a string that
 *   is not blank after trimming, a boolean (false included), a number, a non-empty
 *   array, or a nested object that itself has a non-empty field.
 */
import { QUESTION_KEYS, type QuestionKey } from "../keys";
import type { JudgedDocument } from "../rules/types";

export function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "boolean" || typeof value === "number") return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(hasContent);
  return false;
}

export function isAnswered(document: JudgedDocument, question: QuestionKey): boolean {
  const section: unknown = document.answers?.[question];
  if (Array.isArray(section)) return section.length > 0;
  return hasContent(section);
}

export type AnsweredMap = Readonly<Record<QuestionKey, boolean>>;

export function answeredQuestions(document: JudgedDocument): AnsweredMap {
  const map = {} as Record<QuestionKey, boolean>;
  for (const key of QUESTION_KEYS) map[key] = isAnswered(document, key);
  return map;
}
