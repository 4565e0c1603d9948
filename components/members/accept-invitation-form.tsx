"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/forms/form-state";

export function AcceptInvitationForm({ token, userName, action }: { token: string; userName: string; action: FormAction }) {
  const { state, submit, pending } = useFormAction(action);
  return (
    <form onSubmit={submit} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm">Signed in as {userName}.</p>
      <FormMessage state={state} success="Joined. Opening the organization…" />
      <Button type="submit" disabled={pending || state.ok}>
        Accept invitation
      </Button>
    </form>
  );
}
