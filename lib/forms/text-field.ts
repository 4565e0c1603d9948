import { z } from "zod";
import { textProblem, type TextProblem } from "@/lib/readiness";
import { ROW_ID_PATTERN } from "@/lib/db/row-id";

const PROBLEMS: Readonly<Record<TextProblem, string>> = {
  control: "Remove the control character: only line breaks and tabs are allowed.",
  surrogate: "Remove the broken character.",
};

/**
 * A text field whose value can be stored: no control characters but tabs and line breaks,
 * no unpaired surrogates. Checked before any `.trim()` that follows, so a vertical tab or
 * form feed at either end is refused rather than silently trimmed away.
 */
export function formText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem !== null) ctx.addIssue({ code: "custom", message: PROBLEMS[problem] });
  });
}

/** A row id posted by a form (a hidden field or a select): its shape, before any query sees it. */
export function formRowId(missing = "Missing id.") {
  return z
    .string({ error: missing })
    .regex(ROW_ID_PATTERN, { error: (issue) => (issue.input === "" ? missing : "This is not a valid id.") });
}
