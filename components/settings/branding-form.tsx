"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FormAction } from "@/lib/forms/form-state";

export function BrandingForm({ orgSlug, name, accentColor, action }: { orgSlug: string; name: string; accentColor: string; action: FormAction }) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Field id="org-name" label="Display name" hint="Shown in the app and on reports." errors={errorsFor("name")}>
        <Input name="name" defaultValue={name} maxLength={120} />
      </Field>
      <Field id="org-accent" label="Accent colour" hint="A hex colour such as #1d4ed8, used for headings and rules in reports." errors={errorsFor("accentColor")}>
        <Input name="accentColor" defaultValue={accentColor} pattern="#[0-9a-fA-F]{6}" className="w-40 font-mono" />
      </Field>
      <FormMessage state={state} success="Saved." />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
