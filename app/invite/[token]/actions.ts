"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { acceptInvitation } from "@/lib/organizations/invitations";
import { invitationTokenSchema } from "@/lib/organizations/schema";

const schema = z.object({ token: invitationTokenSchema }).strict();

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runUserAction(formData, schema, async ({ token }) => {
    const user = await requireUser();
    const organization = await acceptInvitation(user, token);
    return { ok: true, redirectTo: `/o/${organization.slug}` };
  });
}
