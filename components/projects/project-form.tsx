"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/forms/form-state";
import { NO_OWNER_VALUE } from "@/lib/projects/schema";
import { ENUM_LABELS, FIELDS, SYSTEMS } from "@/lib/readiness/client";

interface ProjectFormProps {
  orgSlug: string;
  action: FormAction;
  owners: { id: string; name: string }[];
  initial?: { projectId: string; name: string; description: string; systems: string[]; ownerId: string | null };
  submitLabel: string;
  disabled?: boolean;
}

const NO_OWNER = NO_OWNER_VALUE;

/** Create and edit a project: the same fields, validated by the same strict schema on the server. */
export function ProjectForm({ orgSlug, action, owners, initial, submitLabel, disabled }: ProjectFormProps) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {initial ? <input type="hidden" name="projectId" value={initial.projectId} /> : null}
      <Field id="project-name" label={FIELDS.project.name.label} hint={FIELDS.project.name.help} errors={errorsFor("name")}>
        <Input name="name" defaultValue={initial?.name} maxLength={120} disabled={disabled} />
      </Field>
      <Field
        id="project-description"
        label={FIELDS.project.description.label}
        hint={FIELDS.project.description.help}
        errors={errorsFor("description")}
      >
        <Textarea name="description" defaultValue={initial?.description} maxLength={2000} disabled={disabled} />
      </Field>
      <fieldset aria-describedby="project-systems-hint">
        <legend className="text-sm font-medium">{FIELDS.project.systems.label}</legend>
        <p id="project-systems-hint" className="text-xs text-fg-muted">
          {FIELDS.project.systems.help}
        </p>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {SYSTEMS.map((system) => (
            <label key={system} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="systems" value={system} defaultChecked={initial?.systems.includes(system)} disabled={disabled} />
              {ENUM_LABELS.systems[system]}
            </label>
          ))}
        </div>
        <p className="text-sm text-danger" aria-live="polite">
          {errorsFor("systems")?.join(" ")}
        </p>
      </fieldset>
      <Field
        id="project-owner"
        label="Project owner"
        hint="The member accountable for getting this integration ready."
        errors={errorsFor("ownerId")}
      >
        <Select
          name="ownerId"
          defaultValue={initial?.ownerId ?? NO_OWNER}
          options={[{ value: NO_OWNER, label: "No owner yet" }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
          disabled={disabled}
        />
      </Field>
      <FormMessage state={state} success="Saved." />
      {disabled ? null : (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      )}
    </form>
  );
}
