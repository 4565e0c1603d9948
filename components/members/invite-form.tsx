"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { INVITATION_LIFETIME_DAYS, type NewInvitationLink } from "@/lib/organizations/invitation-policy";
import type { FormAction } from "@/lib/forms/form-state";

const roleOptions = ROLES.map((role) => ({ value: role, label: `${ROLE_LABELS[role]} — ${ROLE_DESCRIPTIONS[role]}` }));

export function InviteForm({ orgSlug, action }: { orgSlug: string; action: FormAction<NewInvitationLink> }) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const [copiedLink, setCopiedLink] = useState<string | null>(null);
  // The link exists only after the action answered, so this never renders on the server.
  const invitation = state.ok ? state.data : null;
  const link = invitation ? `${window.location.origin}/invite/${invitation.token}` : null;
  const copied = link !== null && copiedLink === link;

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <div className="min-w-72 flex-1">
          <Field id="invite-role" label="Role for the new member" errors={errorsFor("role")}>
            <Select name="role" defaultValue="viewer" options={roleOptions} />
          </Field>
        </div>
        <Button type="submit" disabled={pending} className="mb-6">
          {pending ? "Creating link…" : "Create invitation link"}
        </Button>
      </form>
      {!state.ok ? <FormMessage state={state} /> : null}
      {invitation && link ? (
        <div className="rounded-lg border border-success bg-success-soft p-4">
          <Field
            id="invite-link"
            label={`Invitation link (${ROLE_LABELS[invitation.role]}) — shown once, valid for ${INVITATION_LIFETIME_DAYS} days`}
          >
            <Input readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="invitation-link" />
          </Field>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => {
              void navigator.clipboard?.writeText(link).then(() => setCopiedLink(link));
            }}
          >
            {copied ? "Copied" : "Copy link"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
