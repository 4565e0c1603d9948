"use client";

import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import type { FieldText } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";

/** Radix Select items cannot have an empty value, so "not set" has a sentinel. */
export const UNSET = "__unset";

export function optionsFor<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): SelectOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export function EnumField({ path, text, options }: { path: string; text: FieldText; options: readonly SelectOption[] }) {
  const form = useWorkspaceForm();
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  const current = typeof value === "string" ? value : UNSET;
  return (
    <Field id={fieldIdFor(path)} label={text.label} hint={text.help} errors={errors}>
      <Select
        value={current}
        options={[{ value: UNSET, label: "Not set" }, ...options]}
        onValueChange={(next) => form.set(path, next === UNSET ? undefined : next)}
        disabled={form.readOnly}
      />
    </Field>
  );
}

interface GroupProps {
  id: string;
  legend: string;
  help?: string;
  errors: readonly string[];
  children: ReactNode;
  className?: string;
}

/** fieldset + legend for radio and checkbox groups, with hint and errors wired like Field. */
export function Group({ id, legend, help, errors, children, className }: GroupProps) {
  const hintId = help ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} className={cn("space-y-1.5", className)}>
      <legend className="text-sm font-medium">{legend}</legend>
      {children}
      {help ? (
        <p id={hintId} className="text-xs text-fg-muted">
          {help}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-danger">
        {errors.join(" ")}
      </p>
    </fieldset>
  );
}

const optionClass =
  "inline-flex cursor-pointer items-center gap-2 rounded-md border border-border bg-surface px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:font-semibold has-[:disabled]:cursor-default has-[:disabled]:opacity-70";

const TRI_STATE = [
  { key: "yes", label: "Yes", value: true },
  { key: "no", label: "No", value: false },
  { key: "unset", label: "Not set", value: undefined },
] as const;

/** An optional boolean: yes, no, or not answered yet (which removes the key). */
export function TriStateField({ path, text }: { path: string; text: FieldText }) {
  const form = useWorkspaceForm();
  const id = fieldIdFor(path);
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  const current = typeof value === "boolean" ? value : undefined;
  return (
    <Group id={id} legend={text.label} help={text.help} errors={errors}>
      <div className="flex flex-wrap gap-2">
        {TRI_STATE.map((option) => (
          <label key={option.key} htmlFor={`${id}-${option.key}`} className={optionClass}>
            <input
              type="radio"
              id={`${id}-${option.key}`}
              name={id}
              checked={current === option.value}
              onChange={() => form.set(path, option.value)}
              disabled={form.readOnly}
              className="accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
    </Group>
  );
}

/** A set of enum values; stored in the enum's order so documents diff cleanly. */
export function CheckboxGroupField({ path, text, options }: { path: string; text: FieldText; options: readonly SelectOption[] }) {
  const form = useWorkspaceForm();
  const id = fieldIdFor(path);
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  const chosen = new Set(Array.isArray(value) ? value : []);
  const toggle = (option: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === option ? on : chosen.has(v)));
    form.set(path, next);
  };
  return (
    <Group id={id} legend={text.label} help={text.help} errors={errors}>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option.value} htmlFor={`${id}-${option.value}`} className={optionClass}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              disabled={form.readOnly}
              className="accent-accent"
            />
            {option.label}
          </label>
        ))}
      </div>
    </Group>
  );
}
