"use client";

import { useEffect, useRef, useState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { signInWithPassword } from "./credentials-sign-in";

export function SignUpForm({ callbackPath }: { callbackPath: string }) {
  const { state, submit, pending, errorsFor } = useFormAction(signUpAction);
  const formRef = useRef<HTMLFormElement>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const data = new FormData(formRef.current);
    void signInWithPassword(String(data.get("email")), String(data.get("password"))).then((result) => {
      if (result.ok) window.location.assign(callbackPath || state.redirectTo || "/");
      else setSignInError(`Your account was created, but signing in failed: ${result.message}`);
    });
  }, [state, callbackPath]);

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4" noValidate>
      <Field id="name" label="Your name" errors={errorsFor("name")}>
        <Input name="name" autoComplete="name" required maxLength={120} />
      </Field>
      <Field id="email" label="Work email" errors={errorsFor("email")}>
        <Input type="email" name="email" autoComplete="email" required />
      </Field>
      <Field id="password" label="Password" hint="At least 12 characters." errors={errorsFor("password")}>
        <Input type="password" name="password" autoComplete="new-password" required minLength={12} />
      </Field>
      <Field id="organizationName" label="Organization name" hint="Optional: you can rename it later." errors={errorsFor("organizationName")}>
        <Input name="organizationName" autoComplete="organization" maxLength={120} />
      </Field>
      <FormMessage state={state} success={signInError ?? "Account created. Signing you in…"} />
      <Button type="submit" className="w-full" disabled={pending || state.ok}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
