"use client";

import type { ChangeEvent } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CUSTOM_OBJECT_PREFIX, ENUM_LABELS, FIELDS, LIMITS, OBJECTS } from "@/lib/readiness/client";
import { UNSET, optionsFor } from "./choice-fields";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";

const CUSTOM = "__custom";
const OPTIONS = [{ value: UNSET, label: "Not set" }, ...optionsFor(OBJECTS, ENUM_LABELS.objects), { value: CUSTOM, label: "Custom…" }];

/**
 * Q2's business object: a built-in object, or "Custom…" plus a name stored as
 * `custom:<name>`. Choosing Custom… stores `custom:` at once so the choice survives
 * reordering and reloads; the schema then flags the missing name until it is typed.
 */
export function ObjectField({ path }: { path: string }) {
  const form = useWorkspaceForm();
  const id = fieldIdFor(path);
  const value = useFieldValue(path);
  const stored = typeof value === "string" ? value : undefined;
  const custom = stored?.startsWith(CUSTOM_OBJECT_PREFIX) === true;
  const name = custom && stored !== undefined ? stored.slice(CUSTOM_OBJECT_PREFIX.length) : "";
  const errors = useFieldErrors(path);
  const nameMissing = custom && name.trim() === "";

  const onSelect = (next: string) => {
    if (next === UNSET) form.set(path, undefined);
    else if (next === CUSTOM) form.set(path, `${CUSTOM_OBJECT_PREFIX}${name}`);
    else form.set(path, next);
  };
  const onName = (event: ChangeEvent<HTMLInputElement>) => form.set(path, `${CUSTOM_OBJECT_PREFIX}${event.target.value}`);

  return (
    <>
      <Field id={id} label={FIELDS.sourceOfTruth.object.label} hint={FIELDS.sourceOfTruth.object.help} errors={custom ? [] : errors}>
        <Select value={custom ? CUSTOM : (stored ?? UNSET)} options={OPTIONS} onValueChange={onSelect} disabled={form.readOnly} />
      </Field>
      {custom ? (
        <Field
          id={`${id}-name`}
          label="Custom object name"
          hint="The record type as your teams call it, e.g. “Lead score”."
          errors={nameMissing ? ["Enter the custom object’s name."] : errors}
        >
          <Input type="text" autoComplete="off" value={name} onChange={onName} disabled={form.readOnly} maxLength={LIMITS.shortText} />
        </Field>
      ) : null}
    </>
  );
}
