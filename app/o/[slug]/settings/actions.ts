"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failureFromError, type FormState } from "@/lib/forms/form-state";
import { runOrgAction } from "@/lib/forms/run-action";
import { requireOrgAccess } from "@/lib/organizations/access";
import { removeLogo, setLogo, updateBranding } from "@/lib/organizations/branding";
import { MAX_LOGO_BYTES } from "@/lib/organizations/logo";
import { brandingSchema } from "@/lib/organizations/schema";

export async function updateBrandingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "organization:update", brandingSchema, async (ctx, input) => {
    await updateBranding(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  });
}

/** A file upload, so not the string-only form helper: session and role first, then the content check. */
export async function uploadLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const slug = formData.get("orgSlug");
    const ctx = await requireOrgAccess(typeof slug === "string" ? slug : "", "organization:update");
    const file = formData.get("logo");
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a PNG or JPEG file.", fieldErrors: { logo: ["Choose a PNG or JPEG file."] } };
    if (file.size > MAX_LOGO_BYTES) return { ok: false, message: "The logo is larger than 1 MB.", fieldErrors: { logo: ["The logo is larger than 1 MB. Use a smaller PNG or JPEG."] } };
    await setLogo(ctx, new Uint8Array(await file.arrayBuffer()));
    revalidatePath(`/o/${ctx.organization.slug}/settings`);
    return { ok: true };
  } catch (error) {
    return failureFromError(error);
  }
}

export async function removeLogoAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "organization:update", z.object({}).strict(), async (ctx) => {
    await removeLogo(ctx);
    revalidatePath(`/o/${ctx.organization.slug}/settings`);
  });
}
