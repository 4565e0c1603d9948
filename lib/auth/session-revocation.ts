import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "@/lib/db/client";
import { absoluteEndMs, sessionIsCurrent, type SessionClaims, type StoredSessionState } from "./session-policy";

/**
 * Ending sessions before their time. Sessions are JWTs, so nothing server-side holds them;
 * what the server keeps is what every check compares a token against:
 * - the user's session version: bumped by a password change or "sign out everywhere", it
 *   ends every session of that user at once;
 * - revoked session ids: signing out on one device ends that device's token only (a cookie
 *   copied before the sign-out stops working) and leaves the user's other devices signed in.
 *   A row is needed only while the token could still be accepted, i.e. until its absolute
 *   limit, and is pruned after.
 */

/** A fresh session id for a sign-in. */
export const newSessionId = () => randomUUID();

/**
 * The columns that tell whether a session is still current, for a statement that reads the
 * user as `u`: `$sessionParam` is the token's session id. One more index probe in the read
 * the guard makes anyway, so the autosave pays no extra round trip.
 */
export const sessionStateColumns = (sessionParam: string) =>
  `u.session_version, EXISTS (SELECT 1 FROM revoked_sessions r WHERE r.id = ${sessionParam}) AS session_revoked`;

export interface SessionStateRow {
  session_version: number;
  session_revoked: boolean;
}

export const storedState = (row: SessionStateRow): StoredSessionState => ({
  sessionVersion: row.session_version,
  revoked: row.session_revoked,
});

/** Whether the stored state still accepts these claims now. */
export function claimsAreCurrent(claims: SessionClaims, row: SessionStateRow): boolean {
  return sessionIsCurrent(claims, storedState(row), Math.floor(Date.now() / 1000));
}

/** Whether the token's user still exists and still accepts this session (next-auth's session route asks on every renewal). */
export async function sessionStillCurrent(claims: SessionClaims): Promise<boolean> {
  const rows = await sql<SessionStateRow>("session-state", `SELECT ${sessionStateColumns("$2")} FROM users u WHERE u.id = $1`, [
    claims.userId,
    claims.sessionId,
  ]);
  return rows[0] !== undefined && claimsAreCurrent(claims, rows[0]);
}

/** Ends one session (a sign-out), and prunes the revocations that no token can need any more. */
export async function revokeSession(claims: Pick<SessionClaims, "sessionId" | "authTime">): Promise<void> {
  if (claims.sessionId === "") return;
  const expiresAt = new Date(absoluteEndMs(claims.authTime));
  await sql(
    "session-revoke",
    `WITH pruned AS (DELETE FROM revoked_sessions WHERE expires_at < now() AT TIME ZONE 'UTC')
     INSERT INTO revoked_sessions (id, expires_at) VALUES ($1, $2::timestamptz AT TIME ZONE 'UTC') ON CONFLICT (id) DO NOTHING`,
    [claims.sessionId, expiresAt.toISOString()],
  );
}

/** Ends every session of the user, on every device ("sign out everywhere"). */
export async function endAllSessions(userId: string): Promise<void> {
  await sql("session-end-all", `UPDATE users SET session_version = session_version + 1 WHERE id = $1`, [userId]);
}
