"use server";

import { changePassword } from "@/lib/accounts/change-password";
import { changePasswordSchema, signOutEverywhereSchema, type PasswordChanged } from "@/lib/accounts/schema";
import { requireUser } from "@/lib/auth/current-user";
import { endAllSessions } from "@/lib/auth/session-revocation";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";

/** Ends every other session (their session version no longer matches); the form signs this one in again. */
export async function changePasswordAction(_previous: FormState<PasswordChanged>, formData: FormData): Promise<FormState<PasswordChanged>> {
  return runUserAction(formData, changePasswordSchema, async (input) => {
    const user = await requireUser();
    await changePassword(user.id, input.currentPassword, input.newPassword);
    return { ok: true, data: { email: user.email } };
  });
}

/** Ends every session of the caller, on every device, this one included; the form then signs this browser out. */
export async function signOutEverywhereAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runUserAction(formData, signOutEverywhereSchema, async () => {
    const user = await requireUser();
    await endAllSessions(user.id);
    return { ok: true };
  });
}
