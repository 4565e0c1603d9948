"use client";

import { useEffect } from "react";
import { signOutEverywhereAction } from "@/app/account/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { signOutHere } from "./sign-out";

export function SignOutEverywhereForm() {
  const { state, submit, pending } = useFormAction(signOutEverywhereAction);

  useEffect(() => {
    // Every session has ended on the server, this one too: leave the signed-in pages.
    if (state.ok) void signOutHere();
  }, [state]);

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormMessage state={state} success="Signed out everywhere." />
      <Button type="submit" variant="secondary" disabled={pending || state.ok}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </form>
  );
}
