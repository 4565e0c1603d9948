"use client";

import { useEffect, useState } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";

const POLL_MS = 3000;

async function databaseIsUp(): Promise<boolean | null> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    return response.ok;
  } catch {
    return null; // the app itself is unreachable: nothing to say about the database
  }
}

/**
 * Whether the error page is showing a database outage, and the retry once it is over. The
 * page guard names an outage by its digest; an error from a later query does not, so the
 * health check is asked. While the database is down it is polled, and `retry` re-renders the
 * page from the server as soon as it answers again: the person does not have to.
 */
export function useDatabaseOutage(error: { digest?: string }, retry: () => void): boolean {
  const named = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  const [down, setDown] = useState(named);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seenDown = named;
    const check = async () => {
      const up = await databaseIsUp();
      if (stopped) return;
      if (up === false) seenDown = true;
      setDown(up === false || (up === null && seenDown));
      if (up === true && seenDown) retry();
      else if (seenDown) timer = setTimeout(check, POLL_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [error, named, retry]);

  return down;
}
