/** How long a signed-in session lives: it ends after an hour without activity, and at most 12 hours after sign-in. */
export const IDLE_TIMEOUT_SECONDS = 60 * 60;
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  authTime: number; // seconds since epoch
  /** Random per sign-in, so that signing out can end this one session (see session-revocation.ts). */
  sessionId: string;
}

/** What the database says about a session: the user's current session version, and whether this session was signed out. */
export interface StoredSessionState {
  sessionVersion: number;
  revoked: boolean;
}

/**
 * Pure check of the claims a JWT carries against what is stored. A token without a session
 * id could never be signed out on its own, so it is refused.
 */
export function sessionIsCurrent(claims: SessionClaims, stored: StoredSessionState, nowSeconds: number): boolean {
  if (claims.sessionVersion !== stored.sessionVersion || stored.revoked || claims.sessionId === "") return false;
  return !pastAbsoluteLimit(claims.authTime, nowSeconds);
}

/** When a session signed in at `authTime` ends at the latest, in milliseconds since epoch. */
export function absoluteEndMs(authTime: number): number {
  return (authTime + ABSOLUTE_SESSION_SECONDS) * 1000;
}

/** Whether a session signed in at `authTime` has outlived the absolute limit. */
export function pastAbsoluteLimit(authTime: number, nowSeconds: number): boolean {
  return nowSeconds - authTime > ABSOLUTE_SESSION_SECONDS;
}
