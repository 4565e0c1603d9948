"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
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
        <Field id="logo" label="Upload a logo" hint="PNG or JPEG, at most 1 MB." errors={upload.errorsFor("logo")}>
          <input type="file" name="logo" accept="image/png,image/jpeg" className="block text-sm" />
        </Field>
        <FormMessage state={upload.state} success="Logo saved." />
        <Button type="submit" disabled={upload.pending}>
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
