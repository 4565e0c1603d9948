"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { runOrgAction } from "@/lib/forms/run-action";
import { removeLogo, setLogo, updateBranding } from "@/lib/organizations/branding";
import { MAX_LOGO_BYTES } from "@/lib/organizations/logo";
import { brandingSchema } from "@/lib/organizations/schema";

export async function updateBrandingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "organization:update", brandingSchema, async (ctx, input) => {
    await updateBranding(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  });
}

const CHOOSE_LOGO = "Choose a PNG or JPEG file.";
const logoSchema = z.object({ logo: z.instanceof(File, { error: CHOOSE_LOGO }) }).strict();

/** Session and role first, then the size; the content check (PNG or JPEG by signature) is `setLogo`'s. */
export async function uploadLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "organization:update", logoSchema, async (ctx, { logo }) => {
    if (logo.size === 0) return { ok: false, message: CHOOSE_LOGO, fieldErrors: { logo: [CHOOSE_LOGO] } };
    if (logo.size > MAX_LOGO_BYTES)
      return {
        ok: false,
        message: "The logo is larger than 1 MB.",
        fieldErrors: { logo: ["The logo is larger than 1 MB. Use a smaller PNG or JPEG."] },
      };
    await setLogo(ctx, new Uint8Array(await logo.arrayBuffer()));
    revalidatePath(`/o/${ctx.organization.slug}/settings`);
  });
}

export async function removeLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "organization:update", z.object({}).strict(), async (ctx) => {
    await removeLogo(ctx);
    revalidatePath(`/o/${ctx.organization.slug}/settings`);
  });
}
