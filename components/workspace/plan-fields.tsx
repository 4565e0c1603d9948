"use client";

/** Inputs only the integration plan needs: dates, a currency code and the not-applicable declaration. */
import { useState, type ChangeEvent } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FieldText, PlanSectionKey } from "@/lib/readiness/client";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";
import { TextField } from "./text-fields";

interface PlainInputProps {
  path: string;
  text: FieldText;
  type: "date" | "text";
  /** What is stored for what was typed. */
  normalize?: (raw: string) => string;
  maxLength?: number;
  className?: string;
}

function PlainInputField({ path, text, type, normalize = (raw) => raw, maxLength, className }: PlainInputProps) {
  const form = useWorkspaceForm();
  const value = useFieldValue(path);
  const errors = useFieldErrors(path);
  return (
    <Field id={fieldIdFor(path)} label={text.label} hint={text.help} errors={errors}>
      <Input
        type={type}
        autoComplete="off"
        maxLength={maxLength}
        className={className}
        value={typeof value === "string" ? value : ""}
        onChange={(event: ChangeEvent<HTMLInputElement>) => form.set(path, normalize(event.target.value))}
        disabled={form.readOnly}
      />
    </Field>
  );
}

/** A calendar date (YYYY-MM-DD, what the date input gives); the schema rejects days that do not exist. */
export function DateField({ path, text }: { path: string; text: FieldText }) {
  return <PlainInputField path={path} text={text} type="date" />;
}

const toCode = (raw: string) => raw.trim().toUpperCase();

/** A three-letter ISO 4217 code, stored in capitals whatever was typed. */
export function CurrencyField({ path, text }: { path: string; text: FieldText }) {
  return <PlainInputField path={path} text={text} type="text" normalize={toCode} maxLength={3} className="uppercase" />;
}

const REASON_TEXT: FieldText = {
  label: "Why it does not apply",
  help: "A section declared not applicable counts as answered and its rules do not run; the reason is shown to reviewers.",
};

export function notApplicablePath(section: PlanSectionKey): string {
  return `plan.notApplicable.${section}`;
}

/**
 * "Not applicable", with its reason. The declaration is the reason itself (FRAMEWORK-2: a
 * non-blank justification), so ticking the box only opens the reason field; unticking it
 * removes the reason.
 */
export function NotApplicableField({ section }: { section: PlanSectionKey }) {
  const form = useWorkspaceForm();
  const path = notApplicablePath(section);
  const value = useFieldValue(path);
  const stored = typeof value === "string" && value !== "";
  const [open, setOpen] = useState(stored);
  // A reason that arrives from elsewhere (a merge, a restored draft) opens the field too.
  if (stored && !open) setOpen(true);
  const toggleId = `${fieldIdFor(path)}-toggle`;
  const onToggle = (event: ChangeEvent<HTMLInputElement>) => {
    setOpen(event.target.checked);
    if (event.target.checked) form.focusLater(fieldIdFor(path));
    else form.set(path, undefined);
  };
  return (
    <div className="space-y-3 rounded-lg border border-border bg-surface p-3">
      <label htmlFor={toggleId} className="inline-flex cursor-pointer items-center gap-2 text-sm font-medium">
        <input type="checkbox" id={toggleId} checked={open} onChange={onToggle} disabled={form.readOnly} className="accent-accent" />
        Not applicable to this integration
      </label>
      {open ? <TextField path={path} text={REASON_TEXT} long /> : null}
    </div>
  );
}
