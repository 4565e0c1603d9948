"use server";

import { createAccount } from "@/lib/accounts/create-account";
import { signUpSchema } from "@/lib/accounts/schema";
import { db } from "@/lib/db/client";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";

/** Open to anyone: creates the account and its first organization; the form then signs in. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runUserAction(formData, signUpSchema, async (input) => {
    const { organization } = await createAccount(db(), input);
    return { ok: true, redirectTo: `/o/${organization.slug}` };
  });
}
