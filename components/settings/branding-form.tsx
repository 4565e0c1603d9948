"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/forms/form-state";
import { PAPER_LABELS, PAPER_SIZES, type PaperSize } from "@/lib/reports/paper";

const PAPER_OPTIONS = PAPER_SIZES.map((size) => ({ value: size, label: PAPER_LABELS[size] }));

export function BrandingForm({
  orgSlug,
  name,
  accentColor,
  paperSize,
  action,
}: {
  orgSlug: string;
  name: string;
  accentColor: string;
  paperSize: PaperSize;
  action: FormAction;
}) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Field id="org-name" label="Display name" hint="Shown in the app and on reports." errors={errorsFor("name")}>
        <Input name="name" defaultValue={name} maxLength={120} />
      </Field>
      <Field
        id="org-accent"
        label="Accent colour"
        hint="A hex colour such as #1d4ed8, used for headings and rules in reports."
        errors={errorsFor("accentColor")}
      >
        <Input name="accentColor" defaultValue={accentColor} pattern="#[0-9a-fA-F]{6}" className="w-40 font-mono" />
      </Field>
      <Field
        id="org-paper"
        label="Report paper size"
        hint="Every page of your PDF reports is printed on this paper."
        errors={errorsFor("paperSize")}
      >
        <Select name="paperSize" defaultValue={paperSize} options={PAPER_OPTIONS} className="w-64" />
      </Field>
      <FormMessage state={state} success="Saved." />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
