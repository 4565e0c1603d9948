"use client";

import { SearchIcon } from "@/components/layout/icons";
import { cn } from "@/lib/utils/cn";

/**
 * Opens the command palette. Wide screens show the word and the shortcut; phones an icon
 * button (still named "Search" for screen readers and voice control).
 */
export function SearchButton({
  onOpen,
  shortcut,
  compact = false,
}: {
  onOpen: (opener: HTMLElement) => void;
  shortcut: string;
  compact?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={(event) => onOpen(event.currentTarget)}
      aria-keyshortcuts="Control+K Meta+K"
      aria-haspopup="dialog"
      className={cn(
        "inline-flex h-10 shrink-0 items-center gap-2 rounded-md border border-border text-sm hover:bg-surface-muted",
        compact ? "w-10 justify-center" : "px-3 text-fg-muted",
      )}
    >
      <SearchIcon />
      <span className={compact ? "sr-only" : undefined}>Search</span>
      {compact ? null : (
        <kbd className="hidden rounded border border-border px-1.5 py-0.5 font-sans text-xs xl:inline" aria-hidden>
          {shortcut}
        </kbd>
      )}
    </button>
  );
}
