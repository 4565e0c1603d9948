"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";

// Loaded on first use: the header ships on every page, the palette's code only to those who open it.
const CommandPalette = lazy(() => import("./command-palette"));

const isShortcut = (event: KeyboardEvent) =>
  (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";

const subscribeNever = () => () => undefined;
const readIsApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface CommandPaletteControl {
  /** Opens the palette; focus returns to `opener` (or to what had focus) when it closes. */
  show: (opener?: HTMLElement | null) => void;
  /** "⌘K" on Apple keyboards, "Ctrl K" elsewhere (and on the server, before hydration). */
  shortcut: string;
  dialog: ReactNode;
}

/**
 * The command palette of an organization's pages: ⌘K / Ctrl+K anywhere toggles it, the
 * header's Search buttons open it. Each opening starts a fresh palette (empty input).
 */
export function useCommandPalette(org: { slug: string; name: string } | null): CommandPaletteControl {
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  const opener = useRef<HTMLElement | null>(null);
  const apple = useSyncExternalStore(subscribeNever, readIsApple, () => false);

  const show = useCallback((from?: HTMLElement | null) => {
    opener.current = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    setSession((count) => count + 1);
    setOpen(true);
  }, []);

  const enabled = org !== null;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      // Also keeps the browser's own Ctrl+K (its search bar) from taking over.
      event.preventDefault();
      if (open) setOpen(false);
      else show();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled, open, show]);

  const returnFocus = useCallback((event: Event) => {
    event.preventDefault();
    if (opener.current?.isConnected) opener.current.focus();
  }, []);

  const dialog =
    org && session > 0 ? (
      <Suspense fallback={null}>
        <CommandPalette
          key={session}
          slug={org.slug}
          organizationName={org.name}
          open={open}
          onOpenChange={setOpen}
          onCloseAutoFocus={returnFocus}
        />
      </Suspense>
    ) : null;

  return { show, shortcut: apple ? "⌘K" : "Ctrl K", dialog };
}
