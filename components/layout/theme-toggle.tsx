"use client";

import { useState } from "react";

type Theme = "light" | "dark";

/** Switches light/dark and remembers the choice in a cookie the server reads on the next page. */
export function ThemeToggle({ initial }: { initial?: Theme }) {
  const [theme, setTheme] = useState<Theme | undefined>(initial);
  const toggle = () => {
    const systemDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    const current = theme ?? (systemDark ? "dark" : "light");
    const next: Theme = current === "dark" ? "light" : "dark";
    document.documentElement.classList.remove("light", "dark");
    document.documentElement.classList.add(next);
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    setTheme(next);
  };
  return (
    <button type="button" onClick={toggle} className="rounded-md px-2 py-1 text-sm text-fg-muted hover:bg-surface-muted" aria-pressed={theme === "dark"}>
      Dark theme
    </button>
  );
}
