"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { signInHref } from "@/lib/auth/callback-url";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { GENERIC_SIGN_IN_ERROR, signInWithPassword } from "./credentials-sign-in";
import type { FormAction } from "@/lib/forms/form-state";

/**
 * The sign-up answer does not say whether the email was new (see lib/accounts/sign-up.ts).
 * A new account signs in at once; when signing in fails with the generic answer, the email
 * belonged to an account already, or (rarely) sign-in failed for another reason: this text
 * fits both and tells a legitimate user what to do.
 */
const NOT_SIGNED_IN =
  "We could not sign you in with this email and password. If you already have an account with this email, sign in with its password instead.";

/** With `invitation`, the account joins the inviting organization, so no organization name is asked. */
export function SignUpForm({ callbackPath, action, invitation }: { callbackPath: string; action: FormAction; invitation?: string }) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const data = new FormData(formRef.current);
    void signInWithPassword(String(data.get("email")), String(data.get("password"))).then((result) => {
      if (result.ok) window.location.assign(callbackPath || "/");
      else setSignInError(result.message === GENERIC_SIGN_IN_ERROR ? NOT_SIGNED_IN : result.message);
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
      {invitation ? (
        <input type="hidden" name="invitation" value={invitation} />
      ) : (
        <Field
          id="organizationName"
          label="Organization name"
          hint="Optional: you can rename it later."
          errors={errorsFor("organizationName")}
        >
          <Input name="organizationName" autoComplete="organization" maxLength={120} />
        </Field>
      )}
      {signInError ? (
        <p role="alert" className="min-h-5 text-sm text-danger">
          {signInError}{" "}
          <Link className="font-medium text-accent underline" href={signInHref(callbackPath)}>
            Sign in
          </Link>
        </p>
      ) : (
        <FormMessage state={state} success={state.message} />
      )}
      <Button type="submit" className="w-full" disabled={pending || (state.ok && !signInError)}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
