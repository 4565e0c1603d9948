"use client";

import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInWithPassword } from "./credentials-sign-in";
import type { PasswordChanged } from "@/lib/accounts/schema";
import type { FormAction } from "@/lib/forms/form-state";

export function ChangePasswordForm({ action }: { action: FormAction<PasswordChanged> }) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const [note, setNote] = useState("Password changed. Other sessions are signed out.");

  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = formRef.current;
    const newPassword = String(new FormData(form).get("newPassword"));
    // The change ended this session too; sign in again with the new password to keep working.
    void signInWithPassword(state.data.email, newPassword).then((result) => {
      if (!result.ok) setNote(`Password changed, but signing in again failed: ${result.message}`);
      form.reset();
    });
  }, [state]);

  return (
    <form ref={formRef} onSubmit={submit} className="max-w-md space-y-4" noValidate>
      <Field id="currentPassword" label="Current password" errors={errorsFor("currentPassword")}>
        <Input type="password" name="currentPassword" autoComplete="current-password" />
      </Field>
      <Field id="newPassword" label="New password" hint="At least 12 characters." errors={errorsFor("newPassword")}>
        <Input type="password" name="newPassword" autoComplete="new-password" />
      </Field>
      <Field id="confirmPassword" label="Repeat the new password" errors={errorsFor("confirmPassword")}>
        <Input type="password" name="confirmPassword" autoComplete="new-password" />
      </Field>
      <FormMessage state={state} success={note} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
