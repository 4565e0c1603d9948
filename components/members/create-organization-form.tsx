"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FormAction } from "@/lib/forms/form-state";

export function CreateOrganizationForm({ action }: { action: FormAction }) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field id="name" label="Organization name" errors={errorsFor("name")}>
        <Input name="name" maxLength={120} autoComplete="organization" />
      </Field>
      <FormMessage state={state} success="Created. Opening it…" />
      <Button type="submit" disabled={pending || state.ok}>
        Create organization
      </Button>
    </form>
  );
}
