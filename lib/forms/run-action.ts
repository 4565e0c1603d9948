import "server-only";
import type { z } from "zod";
import type { Action } from "@/lib/auth/roles";
import { requireOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { failureFromError, validationFailure, type FormFailure, type FormState } from "./form-state";

/** Form fields every organization action carries besides its own. */
const ORG_FIELD = "orgSlug";

type FieldValue = FormDataEntryValue | FormDataEntryValue[];

/**
 * Form fields by name; a name that repeats (a checkbox group) becomes a list. Files stay
 * files, so a file sent for a text field fails that field's schema instead of passing as "".
 * The object has no prototype: a field named `__proto__` or `constructor` is an ordinary
 * unknown key for the strict schema, not a way to reach Object.prototype.
 */
function fieldsOf(formData: FormData): Record<string, FieldValue> {
  const values = Object.create(null) as Record<string, FieldValue>;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

/**
 * What a client that is not our form gets when it sends something other than form data
 * (a string, an object, nothing): the action is callable by anyone with its id.
 */
export const NOT_A_FORM: FormFailure = {
  ok: false,
  message: "This request did not carry a form. Reload the page and submit the form again.",
};

export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

/**
 * The shape of every organization server action: load the session and the membership for
 * the organization named in the form (fail closed), validate the rest with a strict schema,
 * run, and turn expected failures into form errors. A run that answers nothing succeeded;
 * one that answers data types the form state the form receives (`FormState<D>`).
 *
 * An action that takes the user somewhere calls `redirect()` after this returns: redirect
 * throws, and inside the try below it would be caught; out here the work has committed.
 */
export async function runOrgAction<S extends z.ZodType>(
  formData: FormData,
  permission: Action,
  schema: S,
  run: (ctx: OrgContext, input: z.infer<S>) => Promise<FormState | void>,
): Promise<FormState>;
export async function runOrgAction<S extends z.ZodType, D>(
  formData: FormData,
  permission: Action,
  schema: S,
  run: (ctx: OrgContext, input: z.infer<S>) => Promise<FormState<D>>,
): Promise<FormState<D>>;
export async function runOrgAction<S extends z.ZodType, D>(
  formData: FormData,
  permission: Action,
  schema: S,
  run: (ctx: OrgContext, input: z.infer<S>) => Promise<FormState<D> | void>,
): Promise<FormState<D> | FormState> {
  if (!isFormData(formData)) return NOT_A_FORM;
  try {
    const { [ORG_FIELD]: slug = "", ...rest } = fieldsOf(formData);
    const ctx = await requireOrgAccess(typeof slug === "string" ? slug : "", permission);
    const parsed = schema.safeParse(rest);
    if (!parsed.success) return validationFailure(parsed.error);
    return (await run(ctx, parsed.data)) ?? { ok: true };
  } catch (error) {
    return failureFromError(error);
  }
}

/** The same for actions of a signed-in user outside any organization. */
export async function runUserAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (input: z.infer<S>) => Promise<FormState | void>,
): Promise<FormState>;
export async function runUserAction<S extends z.ZodType, D>(
  formData: FormData,
  schema: S,
  run: (input: z.infer<S>) => Promise<FormState<D>>,
): Promise<FormState<D>>;
export async function runUserAction<S extends z.ZodType, D>(
  formData: FormData,
  schema: S,
  run: (input: z.infer<S>) => Promise<FormState<D> | void>,
): Promise<FormState<D> | FormState> {
  if (!isFormData(formData)) return NOT_A_FORM;
  try {
    const parsed = schema.safeParse(fieldsOf(formData));
    if (!parsed.success) return validationFailure(parsed.error);
    return (await run(parsed.data)) ?? { ok: true };
  } catch (error) {
    return failureFromError(error);
  }
}
