"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { useState } from "react";
import { cn } from "@/lib/utils/cn";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps {
  id?: string;
  name?: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/** A keyboard-accessible select; with `name` it also posts its value inside a form. */
export function Select({ options, placeholder, className, id, ...props }: SelectProps) {
  // The chosen label is rendered by us, so it shows in the server HTML before hydration too.
  const [uncontrolled, setUncontrolled] = useState(props.defaultValue);
  const current = props.value ?? uncontrolled;
  const label = options.find((option) => option.value === current)?.label;
  const onValueChange = (next: string) => {
    setUncontrolled(next);
    props.onValueChange?.(next);
  };
  return (
    <SelectPrimitive.Root name={props.name} value={current} onValueChange={onValueChange} disabled={props.disabled}>
      <SelectPrimitive.Trigger
        id={id}
        aria-label={props["aria-label"]}
        aria-describedby={props["aria-describedby"]}
        aria-invalid={props["aria-invalid"]}
        className={cn(
          "inline-flex h-10 w-full items-center justify-between gap-2 rounded-md border border-border bg-surface px-3 text-sm",
          className,
        )}
      >
        <SelectPrimitive.Value placeholder={placeholder}>{label}</SelectPrimitive.Value>
        <SelectPrimitive.Icon aria-hidden>▾</SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className="z-50 min-w-[var(--radix-select-trigger-width)] rounded-md border border-border bg-surface p-1 shadow-lg"
        >
          <SelectPrimitive.Viewport>
            {options.map((option) => (
              <SelectPrimitive.Item
                key={option.value}
                value={option.value}
                className="cursor-default rounded px-2 py-1.5 text-sm text-fg outline-none data-[highlighted]:bg-surface-muted"
              >
                <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
