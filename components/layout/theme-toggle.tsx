"use client";

import { cn } from "@/lib/utils/cn";
import { MoonIcon, SunIcon } from "./icons";

type Theme = "light" | "dark";

function themeInEffect(): Theme {
  const root = document.documentElement.classList;
  if (root.contains("dark")) return "dark";
  if (root.contains("light")) return "light";
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * Switches light/dark and remembers the choice in a cookie the server reads on the next page.
 * It names what it will do ("Switch to dark theme"); the wording follows the theme in effect
 * through CSS (.if-light / .if-dark), so it is right before hydration and with the system's theme.
 * `compact` (the desktop header) shows the icon, with the words as a tooltip on hover and focus.
 */
export function ThemeToggle({ compact = false, onToggle }: { compact?: boolean; onToggle?: () => void }) {
  const toggle = () => {
    const next: Theme = themeInEffect() === "dark" ? "light" : "dark";
    document.documentElement.classList.remove("light", "dark");
    document.documentElement.classList.add(next);
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    onToggle?.();
  };
  const words = (
    <>
      <span className="if-light">Switch to dark theme</span>
      <span className="if-dark">Switch to light theme</span>
    </>
  );
  return (
    <button
      type="button"
      onClick={toggle}
      className={cn(
        "group relative inline-flex items-center gap-2 rounded-md text-sm text-fg-muted hover:bg-surface-muted hover:text-fg",
        compact ? "size-9 justify-center" : "w-full px-3 py-2 text-left",
      )}
    >
      <span className="if-light">
        <MoonIcon />
      </span>
      <span className="if-dark">
        <SunIcon />
      </span>
      {compact ? (
        <span
          data-tooltip
          className="pointer-events-none absolute top-full right-0 z-30 mt-2 rounded-md bg-fg px-2 py-1 text-xs whitespace-nowrap text-bg opacity-0 shadow transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100"
        >
          {words}
        </span>
      ) : (
        words
      )}
    </button>
  );
}
