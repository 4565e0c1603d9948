import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { createOrganization } from "@/lib/organizations/create-organization";
import { describeInvitation, joinWithInvitation, unusableInvitation } from "@/lib/organizations/invitations";
import type { SignUpInput } from "./schema";

type AccountInput = Omit<SignUpInput, "organizationName" | "invitation"> & { organizationName?: string; invitation?: string };

/**
 * Sign-up, in one transaction: the user and either their first organization (as its owner)
 * or, from an invitation, a membership of the inviting organization only — never an
 * organization of their own besides (#14). An unusable invitation is refused before the
 * email is looked at, so the refusal says nothing about whether the email is taken.
 */
export async function createAccount(db: Db, input: AccountInput, now = new Date()) {
  const passwordHash = await hashPassword(input.password);
  const organizationName = input.organizationName ?? `${input.name}'s organization`;
  try {
    return await db.$transaction(async (tx) => {
      if (input.invitation) {
        const invitation = await describeInvitation(input.invitation, now, tx);
        if (invitation.status !== "valid") throw unusableInvitation(invitation.status);
      }
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw duplicateEmail();
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const organization = input.invitation
        ? await joinWithInvitation(tx, user, input.invitation, now)
        : await createOrganization(tx, user.id, organizationName);
      return { user, organization };
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same
    // message. Another unique index (two organizations racing for one slug) is not that.
    if (isUniqueViolation(error) && (await db.user.count({ where: { email: input.email } })) > 0) throw duplicateEmail();
    throw error;
  }
}

function duplicateEmail() {
  return new AppError("conflict", "An account with this email already exists. Sign in instead.", {
    email: ["An account with this email already exists."],
  });
}

/** True for the refusal createAccount gives when the email is taken (and for nothing else). */
export function isDuplicateEmail(error: unknown): boolean {
  return error instanceof AppError && error.code === "conflict" && "email" in error.fieldErrors;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
