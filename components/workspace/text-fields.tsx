"use client";

import { useState, type ChangeEvent } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LIMITS, type FieldText } from "@/lib/readiness/client";
import { GrowingTextarea } from "./growing-textarea";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";

interface TextFieldProps {
  path: string;
  text: FieldText;
  /**
   * Long fields (descriptions, rules, scenarios: the schema's long text) start three lines
   * tall and take the long-text limit; the others start as one line. Both grow with their
   * text, so no answer is ever cut off.
   */
  long?: boolean;
  label?: string;
}

export function TextField({ path, text, long = false, label }: TextFieldProps) {
  const form = useWorkspaceForm();
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  const common = {
    value: typeof value === "string" ? value : "",
    // "" is stored as "no key" by form.set, so clearing an input keeps the document tidy.
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => form.set(path, event.target.value),
    disabled: form.readOnly,
    maxLength: long ? LIMITS.longText : LIMITS.shortText,
  };
  return (
    <Field id={fieldIdFor(path)} label={label ?? text.label} hint={text.help} errors={errors}>
      <GrowingTextarea {...common} singleLine={!long} autoComplete="off" />
    </Field>
  );
}

interface NumberFieldProps {
  path: string;
  text: FieldText;
  /** Bounds the browser offers (the schema has the last word); none: any finite number. */
  min?: number | null;
  max?: number | null;
  /** Whole numbers only (counts, days); false for amounts and KPI values. */
  integer?: boolean;
}

/**
 * A number, by default a whole number from 0 to the count limit; anything else the browser
 * lets through is reported by the schema.
 */
export function NumberField({ path, text, min = 0, max = LIMITS.count, integer = true }: NumberFieldProps) {
  const form = useWorkspaceForm();
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value.trim();
    const number = Number(raw);
    if (raw === "") form.set(path, undefined);
    else if (Number.isFinite(number)) form.set(path, number);
  };
  return (
    <Field id={fieldIdFor(path)} label={text.label} hint={text.help} errors={errors}>
      <Input
        type="number"
        inputMode={integer ? "numeric" : "decimal"}
        min={min ?? undefined}
        max={max ?? undefined}
        step={integer ? 1 : "any"}
        value={typeof value === "number" ? String(value) : ""}
        onChange={onChange}
        disabled={form.readOnly}
      />
    </Field>
  );
}

export function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Roles typed as "Sales reps, Support leads" and stored as a list. The raw text is kept
 * locally so a trailing comma or space survives while typing; it is replaced only when the
 * stored list changes from elsewhere (a merge, a reorder).
 */
export function CommaListField({ path, text }: { path: string; text: FieldText }) {
  const form = useWorkspaceForm();
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  const stored = Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  const joined = stored.join(", ");
  const [raw, setRaw] = useState(joined);
  const [seen, setSeen] = useState(joined);
  if (seen !== joined) {
    // Adjusting state while rendering (React's documented pattern) instead of in an effect.
    setSeen(joined);
    if (splitList(raw).join(", ") !== joined) setRaw(joined);
  }
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setRaw(event.target.value);
    form.set(path, splitList(event.target.value));
  };
  return (
    <Field id={fieldIdFor(path)} label={text.label} hint={`${text.help} Separate roles with commas.`} errors={errors}>
      <Input type="text" autoComplete="off" value={raw} onChange={onChange} disabled={form.readOnly} />
    </Field>
  );
}
