import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { createOrganization } from "@/lib/organizations/create-organization";
import type { SignUpInput } from "./schema";

/** Sign-up: the user, their first organization, and their owner membership, in one transaction. */
export async function createAccount(db: Db, input: Omit<SignUpInput, "organizationName"> & { organizationName?: string }) {
  const passwordHash = await hashPassword(input.password);
  const organizationName = input.organizationName ?? `${input.name}'s organization`;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw duplicateEmail();
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const organization = await createOrganization(tx, user.id, organizationName);
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
