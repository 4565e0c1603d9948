"use client";

import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { FormAction } from "@/lib/forms/form-state";
import type { ImportSummary } from "@/lib/org-archive/format";
import { INVITATION_LIFETIME_DAYS } from "@/lib/organizations/invitation-policy";

function ImportedSummary({ summary }: { summary: ImportSummary }) {
  return (
    <div className="space-y-3 rounded-lg border border-success bg-success-soft p-4 text-sm" data-testid="import-summary">
      <p>
        Imported <strong>{summary.name}</strong> with {summary.projects} project{summary.projects === 1 ? "" : "s"}.{" "}
        <Link href={`/o/${summary.slug}`} className="font-medium underline">
          Open {summary.name}
        </Link>
      </p>
      {summary.joined.length > 0 ? <p>Joined with their archived role: {summary.joined.join(", ")}.</p> : null}
      {summary.invited.length > 0 ? (
        <div>
          <p>
            Invitation links for people without an account here — shown once, valid for {INVITATION_LIFETIME_DAYS} days. Send each person
            their own:
          </p>
          <ul className="mt-2 space-y-2">
            {summary.invited.map((invitation) => (
              <li key={invitation.token} className="break-all">
                {invitation.email} ({ROLE_LABELS[invitation.role]}):{" "}
                <code data-testid="imported-invitation-link">{`${window.location.origin}/invite/${invitation.token}`}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {summary.unresolved.length > 0 ? (
        <p>Not on this instance, so their history shows no name and their projects are yours: {summary.unresolved.join(", ")}.</p>
      ) : null}
    </div>
  );
}

/** "Import from an archive": a file exported from any Preflight becomes a new organization of yours. */
export function ImportOrganizationForm({ action }: { action: FormAction<ImportSummary> }) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const [chosen, setChosen] = useState(false);
  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-4" encType="multipart/form-data" noValidate>
        <p id="archive-title" className="block text-sm font-medium">
          Organization archive (a .preflight.json.gz file, at most 2 MB)
        </p>
        <div role="group" aria-labelledby="archive-title">
          <FilePicker id="archive" name="archive" accept=".gz,application/gzip" onChange={(file) => setChosen(file !== null)} />
        </div>
        <p id="archive-error" aria-live="polite" className="text-sm text-danger">
          {errorsFor("archive")?.join(" ")}
        </p>
        {!state.ok ? <FormMessage state={state} /> : null}
        <Button type="submit" disabled={!chosen || pending || state.ok}>
          {pending ? "Importing…" : "Import organization"}
        </Button>
      </form>
      {state.ok ? <ImportedSummary summary={state.data} /> : null}
    </div>
  );
}
