"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runOrgAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { createProject, setProjectArchived, updateProject } from "@/lib/projects/mutations";
import { createProjectSchema, projectIdSchema, updateProjectSchema } from "@/lib/projects/schema";

export async function createProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const created = await runOrgAction(formData, "projects:write", createProjectSchema, async (ctx, input) => {
    const project = await createProject(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
    return { ok: true, data: `/o/${ctx.organization.slug}/projects/${project.id}` };
  });
  // Out here, not in the run: redirect() throws, and the project has committed by now.
  return created.ok ? redirect(created.data) : created;
}

export async function updateProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "projects:write", updateProjectSchema, async (ctx, { projectId, ...fields }) => {
    await updateProject(ctx, projectId, fields);
    revalidatePath(`/o/${ctx.organization.slug}/projects/${projectId}`, "layout");
  });
}

export async function archiveProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "projects:write", projectIdSchema, async (ctx, { projectId }) => {
    await setProjectArchived(ctx, projectId, true);
    revalidatePath(`/o/${ctx.organization.slug}/projects`, "layout");
  });
}

export async function restoreProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "projects:write", projectIdSchema, async (ctx, { projectId }) => {
    await setProjectArchived(ctx, projectId, false);
    revalidatePath(`/o/${ctx.organization.slug}/projects`, "layout");
  });
}
