"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { useDateFormat } from "@/components/layout/date-format";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import type { FormAction } from "@/lib/forms/form-state";
import { formatDateTime } from "@/lib/utils/format-date";

interface Invitation {
  id: string;
  role: Role;
  expiresAt: Date;
  createdBy: { name: string };
}

function RevokeButton({ orgSlug, invitationId, action }: { orgSlug: string; invitationId: string; action: FormAction }) {
  const { state, submit, pending } = useFormAction(action);
  return (
    <form onSubmit={submit} className="inline">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" size="sm" variant="ghost" disabled={pending}>
        Withdraw
      </Button>
      {state.message ? <span className="ml-2 text-sm text-danger">{state.message}</span> : null}
    </form>
  );
}

export function PendingInvitations({
  orgSlug,
  invitations,
  revokeAction,
}: {
  orgSlug: string;
  invitations: Invitation[];
  revokeAction: FormAction;
}) {
  const format = useDateFormat();
  if (invitations.length === 0) return <p className="text-sm text-fg-muted">No open invitations.</p>;
  return (
    <div>
      <h3 className="text-sm font-semibold">Open invitations</h3>
      <ul className="mt-2 divide-y divide-border rounded-lg border border-border">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex items-center justify-between px-3 py-2 text-sm">
            <span>
              {ROLE_LABELS[invitation.role]} · created by {invitation.createdBy.name} · expires{" "}
              {formatDateTime(invitation.expiresAt, { format })}
            </span>
            <RevokeButton orgSlug={orgSlug} invitationId={invitation.id} action={revokeAction} />
          </li>
        ))}
      </ul>
    </div>
  );
}
