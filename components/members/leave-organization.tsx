"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import type { FormAction } from "@/lib/forms/form-state";

export function LeaveOrganization({
  orgSlug,
  organizationName,
  action,
}: {
  orgSlug: string;
  organizationName: string;
  action: FormAction;
}) {
  const { state, submit, pending } = useFormAction(action);
  return (
    <div className="border-t border-border pt-6">
      <Dialog
        title={`Leave ${organizationName}?`}
        description="You lose access at once. An owner can invite you again."
        trigger={<Button variant="secondary">Leave organization</Button>}
      >
        <form onSubmit={submit} className="space-y-3">
          <input type="hidden" name="orgSlug" value={orgSlug} />
          {state.message ? (
            <p role="alert" className="text-sm text-danger">
              {state.message}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="danger" disabled={pending}>
              Leave
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
