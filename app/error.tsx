"use client";

import { useDatabaseOutage } from "@/components/errors/use-database-outage";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const databaseDown = useDatabaseOutage(error, retry);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      {databaseDown ? (
        <>
          <h1 className="text-2xl font-semibold">The database is temporarily unavailable</h1>
          <p className="mt-2 text-fg-muted" role="status">
            Preflight cannot reach its database right now. Your saved work is safe; this page reloads by itself as soon as the database is
            back.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">Something went wrong</h1>
          <p className="mt-2 text-fg-muted">The error was logged. Try again; if it persists, contact support.</p>
        </>
      )}
      <button type="button" onClick={retry} className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        Try again
      </button>
    </main>
  );
}
