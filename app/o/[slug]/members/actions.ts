"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runOrgAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/form-state";
import { createInvitation, revokeInvitation } from "@/lib/organizations/invitations";
import type { NewInvitationLink } from "@/lib/organizations/invitation-policy";
import { changeMemberRole, leaveOrganization, removeMember } from "@/lib/organizations/members";
import { changeRoleSchema, createInvitationSchema, removeMemberSchema, revokeInvitationSchema } from "@/lib/organizations/schema";

// Every action names its organization in the form; runOrgAction checks session, membership and role.

export async function createInvitationAction(
  _previous: FormState<NewInvitationLink>,
  formData: FormData,
): Promise<FormState<NewInvitationLink>> {
  return runOrgAction(formData, "members:manage", createInvitationSchema, async (ctx, input) => {
    const { token, expiresAt } = await createInvitation(ctx, input.role);
    revalidatePath(`/o/${ctx.organization.slug}/members`);
    return { ok: true, data: { token, expiresAt: expiresAt.toISOString(), role: input.role } };
  });
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "members:manage", revokeInvitationSchema, async (ctx, input) => {
    await revokeInvitation(ctx, input.invitationId);
    revalidatePath(`/o/${ctx.organization.slug}/members`);
  });
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "members:manage", changeRoleSchema, async (ctx, input) => {
    await changeMemberRole(ctx, input.membershipId, input.role);
    revalidatePath(`/o/${ctx.organization.slug}/members`);
  });
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runOrgAction(formData, "members:manage", removeMemberSchema, async (ctx, input) => {
    await removeMember(ctx, input.membershipId);
    revalidatePath(`/o/${ctx.organization.slug}/members`);
  });
}

export async function leaveOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const left = await runOrgAction(formData, "organization:read", z.object({}).strict(), async (ctx) => {
    await leaveOrganization(ctx);
    // Every page lists the user's organizations in its header.
    revalidatePath("/", "layout");
  });
  // Home opens another organization of the user's, or offers to create one. Out here, not in
  // the run: redirect() throws, and the membership is gone by now.
  return left.ok ? redirect("/") : left;
}
