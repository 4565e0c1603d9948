"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-fg-muted">The error was logged. Try again; if it persists, contact support.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        Try again
      </button>
    </main>
  );
}
