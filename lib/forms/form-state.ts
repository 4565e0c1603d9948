import type { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE, describeUnavailable, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors";
import { logEvent } from "@/lib/observability/log-event";

/** A refused submission: a message and/or errors keyed by field name, for the form to show. */
export interface FormFailure {
  ok: false;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** An AppError's details for the form (a conflict's current state), as the JSON routes carry them. */
  details?: Readonly<Record<string, unknown>>;
  data?: undefined;
}

/**
 * An accepted submission, with the result the form shows (e.g. a one-time invitation link)
 * when the action has one: `data` is required exactly when `D` does not allow undefined.
 */
export type FormSuccess<D = undefined> = { ok: true; message?: string; fieldErrors?: undefined } & (undefined extends D
  ? { data?: D }
  : { data: D });

/** What every form action answers: success (with its data), or a message plus errors keyed by field name. */
export type FormState<D = undefined> = FormSuccess<D> | FormFailure;

/** A server action behind a form, handed to the form component by its page. */
export type FormAction<D = undefined> = (previous: FormState<D>, formData: FormData) => Promise<FormState<D>>;

export const initialFormState: FormFailure = { ok: false };

export function validationFailure(error: z.ZodError, message = "Check the highlighted fields."): FormFailure {
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
export function failureFromError(error: unknown): FormFailure {
  if (error instanceof AppError) {
    const details = Object.keys(error.details).length > 0 ? { details: error.details } : {};
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, ...details };
  }
  if (isDatabaseUnavailable(error)) {
    logEvent("warn", { event: "database.unavailable" }, describeUnavailable(error));
    return { ok: false, message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  throw error;
}
