"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { acceptInvitation } from "@/lib/organizations/invitations";
import { invitationTokenSchema } from "@/lib/organizations/schema";

const schema = z.object({ token: invitationTokenSchema }).strict();

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const joined = await runUserAction(formData, schema, async ({ token }) => {
    const user = await requireUser();
    const organization = await acceptInvitation(user, token);
    // Every page lists the user's organizations in its header.
    revalidatePath("/", "layout");
    return { ok: true, data: `/o/${organization.slug}` };
  });
  // Out here, not in the run: redirect() throws, and the membership has committed by now.
  return joined.ok ? redirect(joined.data) : joined;
}
