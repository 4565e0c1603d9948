import "server-only";
import type { z } from "zod";
import type { Action } from "@/lib/auth/roles";
import { requireOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { failureFromError, validationFailure, type FormState } from "./form-state";

/** Form fields every organization action carries besides its own. */
const ORG_FIELD = "orgSlug";

/** Form fields as strings; a name that repeats (a checkbox group) becomes a list. */
function fieldsOf(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : "";
    const existing = values[key];
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

/**
 * The shape of every organization server action: load the session and the membership for
 * the organization named in the form (fail closed), validate the rest with a strict schema,
 * run, and turn expected failures into form errors.
 */
export async function runOrgAction<S extends z.ZodType>(
  formData: FormData,
  permission: Action,
  schema: S,
  run: (ctx: OrgContext, input: z.infer<S>) => Promise<FormState | void>,
): Promise<FormState> {
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
): Promise<FormState> {
  try {
    const parsed = schema.safeParse(fieldsOf(formData));
    if (!parsed.success) return validationFailure(parsed.error);
    return (await run(parsed.data)) ?? { ok: true };
  } catch (error) {
    return failureFromError(error);
  }
}
