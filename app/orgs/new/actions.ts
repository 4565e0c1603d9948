"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runUserAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { createAnotherOrganization } from "@/lib/organizations/create-organization";
import { createOrganizationSchema } from "@/lib/organizations/schema";

export async function createOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runUserAction(formData, createOrganizationSchema, async (input) => {
    const user = await requireUser();
    const organization = await createAnotherOrganization(user.id, input.name);
    return { ok: true, redirectTo: `/o/${organization.slug}` };
  });
}
