"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/forms/form-state";

export function ArchiveToggle({
  orgSlug,
  projectId,
  archived,
  archiveAction,
  restoreAction,
}: {
  orgSlug: string;
  projectId: string;
  archived: boolean;
  archiveAction: FormAction;
  restoreAction: FormAction;
}) {
  const { state, submit, pending } = useFormAction(archived ? restoreAction : archiveAction);
  return (
    <form onSubmit={submit} className="mt-4 space-y-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="projectId" value={projectId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {archived ? "Restore project" : "Archive project"}
      </Button>
      <FormMessage state={state} success={archived ? "Restored." : "Archived."} />
    </form>
  );
}
