import type { Role } from "@/lib/auth/roles";

/** How long an invitation link works; shown to the owner who creates one, so not server-only. */
export const INVITATION_LIFETIME_DAYS = 7;
export const INVITATION_LIFETIME_MS = INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/** What the owner sees once after creating an invitation: the link's token, its expiry (ISO) and role. */
export interface NewInvitationLink {
  token: string;
  expiresAt: string;
  role: Role;
}
