"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import type { FormAction } from "@/lib/forms/form-state";

export function LogoForm({
  orgSlug,
  hasLogo,
  uploadAction,
  removeAction,
}: {
  orgSlug: string;
  hasLogo: boolean;
  uploadAction: FormAction;
  removeAction: FormAction;
}) {
  const upload = useFormAction(uploadAction);
  const remove = useFormAction(removeAction);
  // The button waits for a file: an upload of nothing could only fail.
  const [chosen, setChosen] = useState(false);
  return (
    <div className="space-y-4">
      {hasLogo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, session-checked image: next/image would proxy it
        <img src={`/api/o/${orgSlug}/logo`} alt="Current logo" className="max-h-20 rounded border border-border bg-white p-2" />
      ) : (
        <p className="text-sm text-fg-muted">No logo yet.</p>
      )}
      <form onSubmit={upload.submit} className="space-y-3" encType="multipart/form-data">
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <p id="logo-title" className="block text-sm font-medium">
          Upload a logo
        </p>
        <div role="group" aria-labelledby="logo-title" aria-describedby="logo-hint">
          <FilePicker id="logo" name="logo" accept="image/png,image/jpeg" onChange={(file) => setChosen(file !== null)} />
        </div>
        <p id="logo-hint" className="text-sm text-fg-muted">
          PNG or JPEG, at most 1 MB.
        </p>
        <p aria-live="polite" className="text-sm text-danger">
          {upload.errorsFor("logo")?.join(" ")}
        </p>
        <FormMessage state={upload.state} success="Logo saved." />
        <Button type="submit" disabled={!chosen || upload.pending}>
          {upload.pending ? "Uploading…" : "Upload"}
        </Button>
      </form>
      {hasLogo ? (
        <form onSubmit={remove.submit}>
          <input type="hidden" name="orgSlug" value={orgSlug} />
          <Button type="submit" variant="ghost" disabled={remove.pending}>
            Remove logo
          </Button>
          <FormMessage state={remove.state} success="Logo removed." />
        </form>
      ) : null}
    </div>
  );
}
