"use client";

import { archiveProjectAction, restoreProjectAction } from "@/app/o/[slug]/projects/actions";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";

export function ArchiveToggle({ orgSlug, projectId, archived }: { orgSlug: string; projectId: string; archived: boolean }) {
  const { state, submit, pending } = useFormAction(archived ? restoreProjectAction : archiveProjectAction);
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
