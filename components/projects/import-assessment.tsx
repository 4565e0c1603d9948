"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import { draftOfFile, importPreview, type ImportChange } from "@/lib/assessments/import-preview";
import { ImportPreviewList } from "./import-preview-list";

type Issue = { path: string; message: string };
type Draft = { answers: unknown; scores: unknown; plan: unknown };
type Outcome =
  | { kind: "idle" }
  | { kind: "done"; revision: number; previous: Draft }
  | { kind: "saved"; revision: number }
  | { kind: "invalid"; message: string; issues: Issue[] };
type Preview = { changes: ImportChange[]; previous: Draft } | { error: string } | null;

async function readPreview(file: File, draftUrl: string): Promise<Preview> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { error: "This file is not JSON; importing it will be refused." };
  }
  const incoming = draftOfFile(parsed);
  if (incoming === null) return { error: "This file is not an assessment document; importing it will be refused." };
  const response = await fetch(draftUrl, { headers: { accept: "application/json" } });
  if (!response.ok) return null;
  const current = (await response.json()) as Draft;
  const previous = { answers: current.answers, scores: current.scores, plan: current.plan ?? {} };
  return { changes: importPreview(previous, incoming), previous };
}

/**
 * Uploads a preflight.assessment/v1 or v2 file. Before: which questions, rows and scores it would
 * change. After: an undo that saves the previous answers back as a new revision. On any
 * problem nothing is written and every problem is listed.
 */
export function ImportAssessment({ importUrl }: { importUrl: string }) {
  // The draft's own address: the import route sits below it (…/assessment/import).
  const draftUrl = importUrl.replace(/\/import$/, "");
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const [pending, setPending] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview>(null);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setOutcome({ kind: "idle" });
    setPreview(null);
    if (chosen !== null) setPreview(await readPreview(chosen, draftUrl).catch(() => null));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === null) return setOutcome({ kind: "invalid", message: "Choose a JSON file first.", issues: [] });
    setPending(true);
    try {
      const response = await fetch(importUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: await file.text() });
      const body = (await response.json()) as { revision?: number; message?: string; issues?: Issue[] };
      if (response.ok && preview !== null && "previous" in preview)
        setOutcome({ kind: "done", revision: body.revision ?? 0, previous: preview.previous });
      else if (response.ok) setOutcome({ kind: "saved", revision: body.revision ?? 0 });
      else setOutcome({ kind: "invalid", message: body.message ?? "The import failed.", issues: body.issues ?? [] });
      if (response.ok) setPreview(null);
    } catch {
      setOutcome({ kind: "invalid", message: "Could not reach the server. Nothing was imported.", issues: [] });
    } finally {
      setPending(false);
    }
  }

  async function undo(revision: number, previous: Draft) {
    setPending(true);
    try {
      const response = await fetch(draftUrl, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        // The plan too: the import replaced it ({} clears one the file brought).
        body: JSON.stringify({ baseRevision: revision, answers: previous.answers, scores: previous.scores, plan: previous.plan }),
      });
      const body = (await response.json()) as { revision?: number; message?: string };
      if (response.ok) setOutcome({ kind: "saved", revision: body.revision ?? 0 });
      else if (response.status === 409)
        setOutcome({ kind: "invalid", message: "Someone saved the assessment after the import, so it was not undone.", issues: [] });
      else setOutcome({ kind: "invalid", message: body.message ?? "The undo failed.", issues: [] });
    } catch {
      setOutcome({ kind: "invalid", message: "Could not reach the server. Nothing was undone.", issues: [] });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-3 border-t border-border pt-4">
      <p id="import-file-title" className="block text-sm font-medium">
        Import a JSON assessment (replaces the answers, scores and integration plan)
      </p>
      <div role="group" aria-labelledby="import-file-title">
        <FilePicker id="import-file" name="file" accept="application/json,.json" onChange={(chosen) => void choose(chosen)} />
      </div>
      {preview !== null ? <ImportPreviewList preview={preview} /> : null}
      <Button type="submit" variant="secondary" disabled={pending || file === null}>
        {pending ? "Importing…" : "Import"}
      </Button>
      <div aria-live="polite">
        {outcome.kind === "done" ? (
          <p className="flex flex-wrap items-center gap-3 text-sm text-success">
            Imported as revision {outcome.revision}.
            <Button variant="ghost" size="sm" disabled={pending} onClick={() => void undo(outcome.revision, outcome.previous)}>
              Undo import
            </Button>
          </p>
        ) : null}
        {outcome.kind === "saved" ? <p className="text-sm text-success">Saved as revision {outcome.revision}.</p> : null}
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
