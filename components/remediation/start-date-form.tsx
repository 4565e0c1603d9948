"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { FormAction } from "@/lib/forms/form-state";

/** Moves day 1; due dates nobody chose move with it. */
export function StartDateForm({
  orgSlug,
  projectId,
  startDate,
  action,
}: {
  orgSlug: string;
  projectId: string;
  startDate: string;
  action: FormAction;
}) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const errors = errorsFor("startDate");
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="projectId" value={projectId} />
      <div className="space-y-1">
        <label htmlFor="plan-start-date" className="block text-sm font-medium">
          Day 1
        </label>
        <Input
          id="plan-start-date"
          type="date"
          name="startDate"
          defaultValue={startDate}
          className="w-44"
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "plan-start-date-error" : undefined}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Move the plan
      </Button>
      <p id="plan-start-date-error" className="w-full text-sm text-danger" aria-live="polite">
        {errors?.join(" ")}
      </p>
      <div className="w-full">
        <FormMessage state={state} success={state.message} />
      </div>
    </form>
  );
}
