import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

const id = z.string({ error: "Missing id." }).min(1, { error: "Missing id." }).max(64);
const role = z.enum(ROLES, { error: "Choose owner, editor or viewer." });

export const createInvitationSchema = z.object({ role }).strict();
export const revokeInvitationSchema = z.object({ invitationId: id }).strict();
export const changeRoleSchema = z.object({ membershipId: id, role }).strict();
export const removeMemberSchema = z.object({ membershipId: id }).strict();
export const createOrganizationSchema = z
  .object({ name: z.string({ error: "Enter a name." }).trim().min(2, { error: "Use at least 2 characters." }).max(120, { error: "Use at most 120 characters." }) })
  .strict();
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const brandingSchema = z
  .object({
    name: z.string({ error: "Enter a name." }).trim().min(2, { error: "Use at least 2 characters." }).max(120, { error: "Use at most 120 characters." }),
    accentColor: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, { error: "Use a colour like #1d4ed8." }),
  })
  .strict();
