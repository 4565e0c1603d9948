/**
 * Names in finding messages, whole. The engine quotes a row's name in its message cut at
 * 80 characters ("Test case "Refund a partly refunded invoice whose…" fails"), which suits a
 * panel line; a report is read on paper, where nothing can be hovered for the rest, so
 * the report prints the name in full (it wraps). Pure; the stored message is unchanged.
 */
import type { JudgedDocument } from "@/lib/readiness";
import { quote } from "@/lib/readiness/engine/text";

/** The row a target points into: "answers.testCases.3.status" → the fourth test case. */
function rowOf(target: string, document: JudgedDocument): Record<string, unknown> | null {
  const [root, list, index] = target.split(".");
  if (root !== "answers" || !list || !/^\d+$/.test(index ?? "")) return null;
  const rows = (document.answers as Record<string, unknown> | undefined)?.[list];
  const row = Array.isArray(rows) ? (rows[Number(index)] as unknown) : null;
  return row !== null && typeof row === "object" ? (row as Record<string, unknown>) : null;
}

/** `message` with every cut quotation of a text of the row it concerns replaced by the whole text. */
export function withFullNames(message: string, target: string, document: JudgedDocument): string {
  const row = rowOf(target, document);
  if (!row) return message;
  let result = message;
  for (const value of Object.values(row)) {
    if (typeof value !== "string") continue;
    const cut = quote(value);
    if (!cut.endsWith('…"') || !result.includes(cut)) continue;
    result = result.replace(cut, `"${value.trim().replace(/\s+/g, " ")}"`);
  }
  return result;
}
