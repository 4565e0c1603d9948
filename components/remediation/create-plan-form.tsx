"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FormAction } from "@/lib/forms/form-state";

/** Day 1 of the plan (today, or the launch date the rollout names), and whether info findings become items too. */
export function CreatePlanForm({
  orgSlug,
  projectId,
  defaultStart,
  action,
}: {
  orgSlug: string;
  projectId: string;
  defaultStart: string;
  action: FormAction;
}) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  return (
    <form onSubmit={submit} className="mt-4 max-w-md space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="projectId" value={projectId} />
      <Field
        id="plan-start"
        label="Day 1 of the plan"
        hint="Blockers are due within 30 days of it, warnings in their track's window."
        errors={errorsFor("startDate")}
      >
        <Input type="date" name="startDate" defaultValue={defaultStart} required />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeInfo" className="size-4" />
        Include info findings as items too
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create the 90-day plan"}
      </Button>
      <FormMessage state={state} success={state.message} />
    </form>
  );
}
