import type { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE, describeUnavailable, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors";
import { logEvent } from "@/lib/observability/log-event";

/** What every form action answers: success, or a message plus errors keyed by field name. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Set when a success should take the user somewhere. */
  redirectTo?: string;
  /** Extra result for the form to show, e.g. a one-time invitation link. */
  data?: Record<string, string>;
}

/** A server action behind a form, handed to the form component by its page. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export const initialFormState: FormState = { ok: false };

export function validationFailure(error: z.ZodError, message = "Check the highlighted fields."): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "form";
    const text = issue.code === "unrecognized_keys" ? `Unexpected field(s): ${issue.keys.join(", ")}.` : issue.message;
    (fieldErrors[key] ??= []).push(text);
  }
  return { ok: false, message, fieldErrors };
}

/**
 * Expected failures become a message for the form, and so does a database outage: it passes,
 * so "try again" is the useful answer, not an error page. Anything else is re-thrown to error.tsx.
 */
export function failureFromError(error: unknown): FormState {
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (isDatabaseUnavailable(error)) {
    logEvent("warn", { event: "database.unavailable" }, describeUnavailable(error));
    return { ok: false, message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  throw error;
}
