/**
 * Which strings can be stored and shown: no control characters except tab and line breaks
 * (NUL is refused by PostgreSQL outright; the others are invisible, break the PDF and CSV,
 * or hide text from a reviewer), and no unpaired UTF-16 surrogate (not Unicode at all:
 * jsonb refuses it, and UTF-8 cannot encode it). Pure; the document schema and the forms
 * both use it.
 */
export type TextProblem = "control" | "surrogate";

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Unicode category Cc (C0, DEL and C1) except the white space real text contains. */
function isForbiddenControl(code: number): boolean {
  if (code < 0x20) return code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN;
  return code >= 0x7f && code <= 0x9f;
}

/** The first problem in `value`, or null. One pass over the UTF-16 code units. */
export function textProblem(value: string): TextProblem | null {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (isForbiddenControl(code)) return "control";
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return "surrogate";
      i += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return "surrogate";
    }
  }
  return null;
}

/** The problem in the document's own wording (`<path>: <problem>`). */
export const TEXT_PROBLEM_MESSAGES: Readonly<Record<TextProblem, string>> = {
  control: "contains a control character (only tabs and line breaks are allowed)",
  surrogate: "contains a broken character (an unpaired UTF-16 surrogate)",
};
