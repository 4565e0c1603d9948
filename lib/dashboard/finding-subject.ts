/**
 * The whole name of the row a finding points at (a test case's scenario, an action's name),
 * read from the document: messages quote names cut short, and people must be able to read
 * them whole. Pure.
 */
import { CUSTOM_OBJECT_PREFIX, ENUM_LABELS, type JudgedDocument } from "@/lib/readiness";

const NAME_FIELD: Readonly<Record<string, string>> = {
  testCases: "scenario",
  actions: "name",
  dataSources: "name",
  sourceOfTruth: "object",
};

export function findingSubject(target: string, document: JudgedDocument): string | null {
  const [root, question, index] = target.split(".");
  const field = question ? NAME_FIELD[question] : undefined;
  if (root !== "answers" || !field || index === undefined || !/^\d+$/.test(index)) return null;
  const rows = (document.answers as Record<string, unknown> | undefined)?.[question!];
  const row = Array.isArray(rows) ? (rows[Number(index)] as Record<string, unknown> | undefined) : undefined;
  const value = row?.[field];
  if (typeof value !== "string" || value.trim() === "") return null;
  if (field === "object")
    return value.startsWith(CUSTOM_OBJECT_PREFIX)
      ? value.slice(CUSTOM_OBJECT_PREFIX.length)
      : ((ENUM_LABELS.objects as Readonly<Record<string, string>>)[value] ?? value);
  return value.trim().replace(/\s+/g, " ");
}
