import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { sql } from "@/lib/db/client";
import { authSecret, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { noteActor } from "@/lib/observability/request-context";
import { readSessionClaims, sessionCookieName, sessionTokenFrom } from "./session-cookie";
import type { SessionClaims } from "./session-policy";
import { claimsAreCurrent, sessionStateColumns, type SessionStateRow } from "./session-revocation";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

/**
 * What the session cookie claims (user id, session version, sign-in time), not yet checked
 * against the database; null when signed out. Read once per request, from the cookie
 * itself (see session-cookie.ts for why not through getServerSession).
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const { NEXTAUTH_URL, AUTH_TRUST_HOST, VERCEL } = env();
  const trustHost = Boolean(VERCEL ?? AUTH_TRUST_HOST);
  const forwardedProto = trustHost && !NEXTAUTH_URL ? (await headers()).get("x-forwarded-proto") : null;
  const name = sessionCookieName({ siteUrl: NEXTAUTH_URL, trustHost, forwardedProto });
  const token = sessionTokenFrom((await cookies()).getAll(), name);
  return token ? readSessionClaims(token, authSecret(), Math.floor(Date.now() / 1000)) : null;
});

/**
 * The signed-in user, or null. The JWT alone is not trusted: the user must still exist, the
 * token's session version must match (a password change or "sign out everywhere" ends older
 * sessions) and the session must not have been signed out. Cached per request, so several
 * guards on one page cost one lookup.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const rows = await sql<CurrentUser & SessionStateRow>(
    "current-user",
    `SELECT u.id, u.email, u.name, ${sessionStateColumns("$2")} FROM users u WHERE u.id = $1`,
    [claims.userId, claims.sessionId],
  );
  const user = rows[0];
  if (!user || !claimsAreCurrent(claims, user)) return null;
  noteActor({ userId: user.id });
  return { id: user.id, email: user.email, name: user.name };
});

export const unauthenticated = () => new AppError("unauthenticated", "Sign in to continue.");

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  return user;
}
