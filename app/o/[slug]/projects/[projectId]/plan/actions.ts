"use server";

import { revalidatePath } from "next/cache";
import { runOrgAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { createRemediationPlan } from "@/lib/remediation-plan/create-plan";
import { createPlanSchema, itemUpdateSchema, setStartSchema } from "@/lib/remediation-plan/schema";
import { setRemediationStart } from "@/lib/remediation-plan/set-start";
import { updateRemediationItem } from "@/lib/remediation-plan/update-item";

const planPath = (slug: string, projectId: string) => `/o/${slug}/projects/${projectId}/plan`;

export async function createPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "assessments:write", createPlanSchema, async (ctx, { projectId, ...input }) => {
    const { items } = await createRemediationPlan(ctx, projectId, input);
    revalidatePath(planPath(ctx.organization.slug, projectId));
    return { ok: true, message: `Plan created with ${items} item${items === 1 ? "" : "s"}.` };
  });
}

export async function setPlanStartAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "assessments:write", setStartSchema, async (ctx, { projectId, startDate }) => {
    const { moved } = await setRemediationStart(ctx, projectId, startDate);
    revalidatePath(planPath(ctx.organization.slug, projectId));
    return { ok: true, message: `Start date saved; ${moved} due date${moved === 1 ? "" : "s"} moved with it.` };
  });
}

export async function updatePlanItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "assessments:write", itemUpdateSchema, async (ctx, update) => {
    const { changed } = await updateRemediationItem(ctx, update);
    revalidatePath(planPath(ctx.organization.slug, update.projectId));
    return { ok: true, message: changed ? "Saved." : "Nothing changed." };
  });
}
