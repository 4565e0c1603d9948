import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import { sessionIsCurrent } from "./session-policy";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The signed-in user, or null. The JWT alone is not trusted: the user must still exist and
 * the token's session version must match (a password change ends older sessions).
 * Cached per request, so several guards on one page cost one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  if (!user) return null;
  const claims = { userId, sessionVersion: session.sessionVersion ?? -1, authTime: session.authTime ?? 0 };
  if (!sessionIsCurrent(claims, user.sessionVersion, Math.floor(Date.now() / 1000))) return null;
  return { id: user.id, email: user.email, name: user.name };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.");
  return user;
}
