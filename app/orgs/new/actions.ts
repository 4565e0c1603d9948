"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { createAnotherOrganization } from "@/lib/organizations/create-organization";
import { createOrganizationSchema } from "@/lib/organizations/schema";

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const created = await runUserAction(formData, createOrganizationSchema, async (input) => {
    const user = await requireUser();
    const organization = await createAnotherOrganization(user.id, input.name);
    // Every page lists the user's organizations in its header.
    revalidatePath("/", "layout");
    return { ok: true, data: `/o/${organization.slug}` };
  });
  // Out here, not in the run: redirect() throws, and the organization has committed by now.
  return created.ok ? redirect(created.data) : created;
}
