"use client";

import { useEffect } from "react";

const RENEW_EVERY_MS = 5 * 60 * 1000;

/**
 * Sessions end after an idle hour. Activity (a key or a click) renews the session cookie at
 * most every five minutes; an open but untouched tab does not, so idle really means idle.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < RENEW_EVERY_MS) return;
      last = Date.now();
      void fetch("/api/auth/session", { credentials: "same-origin" }).catch(() => undefined);
    };
    window.addEventListener("keydown", onActivity);
    window.addEventListener("pointerdown", onActivity);
    return () => {
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("pointerdown", onActivity);
    };
  }, []);
  return null;
}
