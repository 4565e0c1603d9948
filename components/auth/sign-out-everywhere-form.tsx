"use client";

import { startTransition, useActionState, useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";
import { signOutHere } from "./sign-out";
import { UnsentDraftsGuard } from "./unsent-drafts-guard";

export function SignOutEverywhereForm({ action }: { action: FormAction }) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);

  useEffect(() => {
    // Every session has ended on the server, this one too: leave the signed-in pages.
    if (state.ok) void signOutHere();
  }, [state]);

  return (
    <div className="space-y-4">
      <FormMessage state={state} success="Signed out everywhere." />
      <UnsentDraftsGuard
        // Unsent drafts are dealt with first: once every session has ended, nothing can be saved.
        proceed={() => startTransition(() => dispatch(new FormData()))}
        trigger={({ onClick, disabled }) => (
          <Button variant="secondary" onClick={onClick} disabled={disabled || pending || state.ok}>
            {pending ? "Signing out…" : "Sign out everywhere"}
          </Button>
        )}
      />
    </div>
  );
}
