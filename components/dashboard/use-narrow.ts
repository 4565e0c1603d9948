"use client";

import { useSyncExternalStore } from "react";

// Tailwind's sm: below it a chart lays itself out for a phone.
const NARROW = "(max-width: 39.99rem)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** Whether the screen is phone-narrow (charts are client-only, so there is no server value to match). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
