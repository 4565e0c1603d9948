"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";

type Outcome = { kind: "idle" } | { kind: "done"; revision: number } | { kind: "invalid"; message: string; issues: { path: string; message: string }[] };

/** Uploads a preflight.assessment/v1 file; on any problem nothing is written and every problem is listed. */
export function ImportAssessment({ importUrl }: { importUrl: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const [pending, setPending] = useState(false);
  const [file, setFile] = useState<File | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === null) return setOutcome({ kind: "invalid", message: "Choose a JSON file first.", issues: [] });
    setPending(true);
    try {
      const response = await fetch(importUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: await file.text() });
      const body = (await response.json()) as { revision?: number; message?: string; issues?: { path: string; message: string }[] };
      if (response.ok) setOutcome({ kind: "done", revision: body.revision ?? 0 });
      else setOutcome({ kind: "invalid", message: body.message ?? "The import failed.", issues: body.issues ?? [] });
    } catch {
      setOutcome({ kind: "invalid", message: "Could not reach the server. Nothing was imported.", issues: [] });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-3 border-t border-border pt-4">
      <p id="import-file-title" className="block text-sm font-medium">
        Import a JSON assessment (replaces the answers and scores)
      </p>
      <div role="group" aria-labelledby="import-file-title">
        <FilePicker
          id="import-file"
          name="file"
          accept="application/json,.json"
          onChange={(chosen) => {
            setFile(chosen);
            setOutcome({ kind: "idle" });
          }}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending || file === null}>
        {pending ? "Importing…" : "Import"}
      </Button>
      <div aria-live="polite">
        {outcome.kind === "done" ? <p className="text-sm text-success">Imported as revision {outcome.revision}.</p> : null}
        {outcome.kind === "invalid" ? (
          <div role="alert" className="text-sm text-danger">
            <p>{outcome.message}</p>
            <ul className="mt-1 list-disc pl-5">
              {outcome.issues.map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </form>
  );
}
