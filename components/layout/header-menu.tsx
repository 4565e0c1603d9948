"use client";

import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import { cn } from "@/lib/utils/cn";
import { ChevronIcon } from "./icons";

interface HeaderMenuProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button's content; it is a disclosure button (aria-expanded), the panel a list of links and buttons. */
  label: ReactNode;
  /** The header keeps it to return focus here when the sign-out dialog closes. */
  buttonRef?: RefObject<HTMLButtonElement | null>;
  align?: "left" | "right";
  panelClassName?: string;
  children: ReactNode;
}

/**
 * A menu of the desktop header. The header decides which one is open, so opening one closes
 * the other; it closes on Escape (focus back on its button), on a click or focus outside it,
 * and its panel stays in the page while closed (hidden), so a dialog opened from it outlives it.
 */
export function HeaderMenu({ open, onOpenChange, label, buttonRef, align = "left", panelClassName, children }: HeaderMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const ownButton = useRef<HTMLButtonElement | null>(null);
  const button = buttonRef ?? ownButton;
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) onOpenChange(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      onOpenChange(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open, onOpenChange, button]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-surface-muted aria-expanded:bg-surface-muted"
      >
        {label}
        <span className={cn("text-fg-muted transition-transform", open && "rotate-180")}>
          <ChevronIcon />
        </span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={cn(
          "absolute z-30 mt-1 rounded-lg border border-border bg-surface p-1 shadow-lg",
          align === "right" ? "right-0" : "left-0",
          panelClassName,
        )}
      >
        {children}
      </div>
    </div>
  );
}
