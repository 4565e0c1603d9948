"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * `value` once it has stopped changing for `delayMs`: what the rule engine, the progress
 * markers and the findings judge. Keystrokes then cost only the field typed in; the
 * findings follow a moment after typing pauses, rendered as a transition that the next
 * keystroke interrupts.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
