"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/forms/form-state";
import { accentColorError } from "@/lib/organizations/accent-color";
import { PAPER_LABELS, PAPER_SIZES, type PaperSize } from "@/lib/reports/paper";
import { DATE_FORMAT_LABELS, DATE_FORMATS, type DateFormat } from "@/lib/utils/format-date";
import { AccentColorInput } from "./accent-color-input";
import { ReportCoverPreview } from "./report-cover-preview";

const PAPER_OPTIONS = PAPER_SIZES.map((size) => ({ value: size, label: PAPER_LABELS[size] }));
const DATE_FORMAT_OPTIONS = DATE_FORMATS.map((format) => ({ value: format, label: DATE_FORMAT_LABELS[format] }));

export interface BrandingValues {
  name: string;
  accentColor: string;
  paperSize: PaperSize;
  dateFormat: DateFormat;
}

export function BrandingForm({
  orgSlug,
  initial,
  today,
  logoUrl,
  action,
}: {
  orgSlug: string;
  initial: BrandingValues;
  /** YYYY-MM-DD, for the preview's report date. */
  today: string;
  logoUrl: string | null;
  action: FormAction;
}) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const [values, setValues] = useState(initial);
  // What was last sent: the server's error on a field is shown only until that field changes.
  const [submitted, setSubmitted] = useState(initial);
  const set =
    <K extends keyof BrandingValues>(key: K) =>
    (value: BrandingValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  // A select's value arrives as a string: kept only if it is one of the known choices.
  const choose =
    <K extends "paperSize" | "dateFormat">(key: K, known: readonly BrandingValues[K][]) =>
    (value: string) => {
      const match = known.find((choice) => choice === value);
      if (match) set(key)(match);
    };
  const serverErrors = (key: keyof BrandingValues) => (values[key] === submitted[key] ? errorsFor(key) : undefined);
  // Checked as the person types, by the server's rule; cleared the moment the value is a colour.
  const accentProblem = accentColorError(values.accentColor);

  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <form
        onSubmit={(event) => {
          setSubmitted(values);
          submit(event);
        }}
        className="min-w-0 flex-1 space-y-4"
        noValidate
      >
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <Field id="org-name" label="Display name" hint="Shown in the app and on reports." errors={serverErrors("name")}>
          <Input name="name" value={values.name} onChange={(e) => set("name")(e.target.value)} maxLength={120} />
        </Field>
        <Field
          id="org-accent"
          label="Accent colour"
          hint="A hex colour such as #1d4ed8, used for headings and rules in reports."
          errors={accentProblem ? [accentProblem] : serverErrors("accentColor")}
        >
          <AccentColorInput name="accentColor" value={values.accentColor} onChange={set("accentColor")} />
        </Field>
        <Field
          id="org-paper"
          label="Report paper size"
          hint="Every page of your PDF reports is printed on this paper."
          errors={serverErrors("paperSize")}
        >
          <Select
            name="paperSize"
            value={values.paperSize}
            onValueChange={choose("paperSize", PAPER_SIZES)}
            options={PAPER_OPTIONS}
            className="w-64 max-w-full"
          />
        </Field>
        <Field
          id="org-date-format"
          label="Date format"
          hint="How dates read on every page and report of the organization. Times are always UTC."
          errors={serverErrors("dateFormat")}
        >
          <Select
            name="dateFormat"
            value={values.dateFormat}
            onValueChange={choose("dateFormat", DATE_FORMATS)}
            options={DATE_FORMAT_OPTIONS}
            className="max-w-full"
          />
        </Field>
        <FormMessage state={state} success="Saved." />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </form>
      <ReportCoverPreview {...values} today={today} logoUrl={logoUrl} />
    </div>
  );
}
