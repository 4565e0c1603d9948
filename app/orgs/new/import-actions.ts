"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/forms/form-state";
import { runUserAction } from "@/lib/forms/run-action";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/action-body-limit";
import type { ImportSummary } from "@/lib/org-archive/format";
import { importOrganization } from "@/lib/org-archive/import-organization";

const CHOOSE_ARCHIVE = "Choose a .preflight.json.gz file exported from Preflight.";
const importSchema = z.object({ archive: z.instanceof(File, { error: CHOOSE_ARCHIVE }) }).strict();

/**
 * "Import from an archive". It answers with a summary instead of redirecting: invitation
 * links for the people without an account here exist only in this answer (only their hashes
 * are stored), so the form shows them once, with a link to the new organization.
 */
export async function importOrganizationAction(_previous: FormState<ImportSummary>, formData: FormData): Promise<FormState<ImportSummary>> {
  return runUserAction(formData, importSchema, async ({ archive }): Promise<FormState<ImportSummary>> => {
    const user = await requireUser();
    if (archive.size === 0) return { ok: false, message: CHOOSE_ARCHIVE, fieldErrors: { archive: [CHOOSE_ARCHIVE] } };
    if (archive.size > ACTION_BODY_LIMIT_BYTES) {
      const message = `The archive is larger than ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB, the most a form can send.`;
      return { ok: false, message, fieldErrors: { archive: [message] } };
    }
    const result = await importOrganization(user, new Uint8Array(await archive.arrayBuffer()));
    // Every page lists the user's organizations in its header.
    revalidatePath("/", "layout");
    const { organization, projects, joined, invited, unresolved } = result;
    return { ok: true, data: { slug: organization.slug, name: organization.name, projects, joined, invited, unresolved } };
  });
}
