"use client";

import { useState, type ChangeEvent } from "react";

interface FilePickerProps {
  id: string;
  name: string;
  accept: string;
  /** Called with the chosen file, or null when the choice is cleared. */
  onChange?: (file: File | null) => void;
}

/**
 * A file input that looks like the app's buttons and says which file is chosen. The native
 * input stays in the page (visually hidden, still focusable and labelled), so keyboard,
 * screen readers and form submission work as with a plain one.
 */
export function FilePicker({ id, name, accept, onChange }: FilePickerProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null;
    setChosen(file?.name ?? null);
    onChange?.(file);
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label
        htmlFor={id}
        className="inline-flex h-10 cursor-pointer items-center rounded-md border border-border bg-surface px-4 text-sm font-medium hover:bg-surface-muted has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
      >
        Choose file…
        <input id={id} name={name} type="file" accept={accept} onChange={change} className="sr-only" aria-describedby={`${id}-chosen`} />
      </label>
      <span id={`${id}-chosen`} className="min-w-0 truncate text-sm text-fg-muted" data-testid={`${id}-chosen`}>
        {chosen ?? "No file chosen"}
      </span>
    </div>
  );
}
