"use client";

import { SearchIcon } from "@/components/layout/icons";
import { cn } from "@/lib/utils/cn";

/**
 * Opens the command palette. Wide screens show the word and the shortcut; narrower ones an
 * icon button (still named "Search" for screen readers and voice control, the shortcut in its tooltip).
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
      title={`Search (${shortcut})`}
      className={cn(
        "inline-flex h-10 shrink-0 items-center gap-2 rounded-md border border-border text-sm hover:bg-surface-muted",
        compact ? "w-10 justify-center" : "px-2.5 text-fg-muted xl:px-3",
      )}
    >
      <SearchIcon />
      {/* The header is full between lg and xl: the word and the shortcut join the icon from xl. */}
      <span className={compact ? "sr-only" : "sr-only xl:not-sr-only"}>Search</span>
      {compact ? null : (
        <kbd className="hidden rounded border border-border px-1.5 py-0.5 font-sans text-xs xl:inline" aria-hidden>
          {shortcut}
        </kbd>
      )}
    </button>
  );
}
