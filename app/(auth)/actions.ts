"use server";

import { headers } from "next/headers";
import { SIGN_UP_ANSWER, signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/schema";
import { clientIp } from "@/lib/auth/client-ip";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Open to anyone: creates the account and its first organization — or, from an invitation,
 * its membership of the inviting organization only; the form then signs in (and lands on the
 * home page, or the invitation's page, which opens the organization). The answer is the same
 * whether or not the email was taken, so it names no organization.
 */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runUserAction(formData, signUpSchema, async (input) => {
    await signUp(input, clientIp(await headers()));
    return { ok: true, message: SIGN_UP_ANSWER };
  });
}
