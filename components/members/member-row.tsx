"use client";

import { useEffect } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Td } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import type { FormAction } from "@/lib/forms/form-state";

interface Member {
  id: string;
  role: Role;
  user: { id: string; name: string; email: string };
}

const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function MemberRow({
  orgSlug,
  member,
  manage,
  isSelf,
  changeRoleAction,
  removeAction,
}: {
  orgSlug: string;
  member: Member;
  manage: boolean;
  isSelf: boolean;
  changeRoleAction: FormAction;
  removeAction: FormAction;
}) {
  const roleForm = useFormAction(changeRoleAction);
  const removeForm = useFormAction(removeAction);
  const toast = useToast();
  const error = roleForm.state.message ?? removeForm.state.message;

  useEffect(() => {
    if (roleForm.state.ok) toast("Role updated.");
  }, [roleForm.state, toast]);

  return (
    <tr>
      <Td>
        {member.user.name}
        {isSelf ? <span className="ml-2 text-xs text-fg-muted">(you)</span> : null}
      </Td>
      <Td>{member.user.email}</Td>
      <Td>
        {manage ? (
          <form onSubmit={roleForm.submit} className="flex items-center gap-2">
            <input type="hidden" name="orgSlug" value={orgSlug} />
            <input type="hidden" name="membershipId" value={member.id} />
            <Select
              name="role"
              defaultValue={member.role}
              options={roleOptions}
              aria-label={`Role of ${member.user.name}`}
              className="w-32"
            />
            <Button type="submit" variant="secondary" size="sm" disabled={roleForm.pending}>
              Save
            </Button>
          </form>
        ) : (
          ROLE_LABELS[member.role]
        )}
        {error ? (
          <p role="alert" className="mt-1 text-sm text-danger">
            {error}
          </p>
        ) : null}
      </Td>
      {manage ? (
        <Td className="text-right">
          {isSelf ? null : (
            <Dialog
              title={`Remove ${member.user.name}?`}
              description={`${member.user.name} loses access to this organization at once. You can invite them again later.`}
              trigger={
                <Button variant="ghost" size="sm">
                  Remove
                </Button>
              }
            >
              <form onSubmit={removeForm.submit} className="flex justify-end gap-2">
                <input type="hidden" name="orgSlug" value={orgSlug} />
                <input type="hidden" name="membershipId" value={member.id} />
                <DialogClose asChild>
                  <Button variant="secondary">Cancel</Button>
                </DialogClose>
                <Button type="submit" variant="danger" disabled={removeForm.pending}>
                  Remove member
                </Button>
              </form>
            </Dialog>
          )}
        </Td>
      ) : null}
    </tr>
  );
}
