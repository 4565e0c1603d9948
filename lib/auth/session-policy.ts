/** How long a signed-in session lives: it ends after an hour without activity, and at most 12 hours after sign-in. */
export const IDLE_TIMEOUT_SECONDS = 60 * 60;
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  authTime: number; // seconds since epoch
}

/** Pure check of the claims a JWT carries against the user's current session version. */
export function sessionIsCurrent(claims: SessionClaims, currentVersion: number, nowSeconds: number): boolean {
  if (claims.sessionVersion !== currentVersion) return false;
  return !pastAbsoluteLimit(claims.authTime, nowSeconds);
}

/** Whether a session signed in at `authTime` has outlived the absolute limit. */
export function pastAbsoluteLimit(authTime: number, nowSeconds: number): boolean {
  return nowSeconds - authTime > ABSOLUTE_SESSION_SECONDS;
}
