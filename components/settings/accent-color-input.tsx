"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import { accentColorError } from "@/lib/organizations/accent-color";

interface AccentColorInputProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** Set by `Field` on the text input, which is the field's labelled control. */
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/**
 * The hex text field and the browser's colour picker, kept in step: a valid hex typed moves
 * the picker, a colour picked is written into the text (the value the form posts). While the
 * text is not a colour the picker stays on the last one that was.
 */
export function AccentColorInput({ name, value, onChange, id, ...aria }: AccentColorInputProps) {
  const [lastValid, setLastValid] = useState(() => (accentColorError(value) ? "#1d4ed8" : value.trim().toLowerCase()));
  const picked = accentColorError(value) ? lastValid : value.trim().toLowerCase();
  return (
    <div className="flex items-center gap-2">
      <Input
        id={id}
        {...aria}
        name={name}
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (!accentColorError(next)) setLastValid(next.trim().toLowerCase());
          onChange(next);
        }}
        spellCheck={false}
        autoComplete="off"
        className="w-32 font-mono"
      />
      <input
        type="color"
        aria-label="Pick the accent colour"
        value={picked}
        onChange={(event) => {
          setLastValid(event.target.value);
          onChange(event.target.value);
        }}
        className="h-10 w-12 shrink-0 cursor-pointer rounded-md border border-border bg-surface p-1"
      />
    </div>
  );
}
