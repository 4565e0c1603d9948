"use client";

import { useEffect, useRef, useState } from "react";
import { SEARCH_QUERY_MAX, type ServerSearchResults } from "@/lib/search/types";

/** Long enough to skip the keystrokes of a word typed at speed, short enough to feel live. */
const DEBOUNCE_MS = 180;

export interface ServerSearchState {
  /** The text these results answer (it may trail what is typed while a request is on its way). */
  q: string;
  results: ServerSearchResults | null;
  failed: boolean;
}

/**
 * The organization's projects, findings and members for the typed text: one request per
 * pause in typing. A newer keystroke aborts the request before it, and a response that
 * still arrives late is dropped by its sequence number, so older results never replace newer ones.
 */
export function useServerSearch(slug: string, typed: string): ServerSearchState {
  const [state, setState] = useState<ServerSearchState>({ q: "", results: null, failed: false });
  const sequence = useRef(0);

  useEffect(() => {
    const q = typed.trim();
    if (q === "" || q.length > SEARCH_QUERY_MAX) return;
    const request = ++sequence.current;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/o/${encodeURIComponent(slug)}/search?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        const results = response.ok ? ((await response.json()) as ServerSearchResults) : null;
        if (request === sequence.current) setState({ q, results, failed: results === null });
      } catch {
        // An abort is a newer keystroke taking over; anything else (offline) says so in the palette.
        if (!controller.signal.aborted && request === sequence.current) setState({ q, results: null, failed: true });
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [slug, typed]);

  return state;
}
