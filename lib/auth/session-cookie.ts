import "server-only";
/**
 * Reads the session straight from next-auth's cookie, the way its session route does, but
 * without the rest of that route. next-auth's getServerSession runs the whole handler on
 * every call: decode, callbacks, then encrypt a renewed token that a page or route handler
 * cannot even send (its response there is a no-op). That encryption was wasted work on
 * every autosave. Renewal stays where it works: the browser's /api/auth/session call on
 * activity (SessionKeepAlive).
 */
import type { JWT } from "next-auth/jwt";
import { decodeSessionToken } from "./jwt-codec";
import { pastAbsoluteLimit, type SessionClaims } from "./session-policy";

const SESSION_COOKIE = "next-auth.session-token";

export interface SiteOrigin {
  /** NEXTAUTH_URL */
  siteUrl?: string;
  /** AUTH_TRUST_HOST (or VERCEL): the address comes from the request's forwarded headers. */
  trustHost?: boolean;
  forwardedProto?: string | null;
}

/**
 * next-auth's cookie name: `__Secure-` prefixed when the site's address is https. That
 * address is NEXTAUTH_URL; else, when the host is trusted, the forwarded protocol (https
 * unless it says http); else next-auth's default, http://localhost:3000.
 */
export function sessionCookieName({ siteUrl, trustHost, forwardedProto }: SiteOrigin): string {
  const secure = siteUrl ? siteUrl.startsWith("https://") : Boolean(trustHost) && forwardedProto !== "http";
  return `${secure ? "__Secure-" : ""}${SESSION_COOKIE}`;
}

/**
 * The token in the session cookie, joined when next-auth split it into `name.0`, `name.1`…
 * (it does above 4 KB). Null when absent, or when both forms are present or a part is
 * missing: such a cookie is not one next-auth wrote, and reads as signed out.
 */
export function sessionTokenFrom(cookies: ReadonlyArray<{ name: string; value: string }>, name: string): string | null {
  let whole: string | null = null;
  const parts = new Map<number, string>();
  for (const cookie of cookies) {
    if (cookie.name === name) whole = cookie.value;
    else if (cookie.name.startsWith(`${name}.`)) {
      const suffix = cookie.name.slice(name.length + 1);
      if (!/^\d{1,3}$/.test(suffix)) continue;
      parts.set(Number(suffix), cookie.value);
    }
  }
  if (parts.size === 0) return whole || null;
  if (whole !== null) return null;
  const joined: string[] = [];
  for (let index = 0; index < parts.size; index += 1) {
    const part = parts.get(index);
    if (part === undefined) return null;
    joined.push(part);
  }
  return joined.join("");
}

/**
 * What a decoded token claims, as the jwt and session callbacks in options.ts read it:
 * nothing without a subject, nothing past the absolute session limit.
 */
export function claimsFromToken(token: JWT, nowSeconds: number): SessionClaims | null {
  if (typeof token.sub !== "string" || token.sub === "") return null;
  if (typeof token.authTime === "number" && pastAbsoluteLimit(token.authTime, nowSeconds)) return null;
  // Without a sign-in time the claims say 0, which claimsAreCurrent refuses.
  const authTime = typeof token.authTime === "number" ? token.authTime : 0;
  // Without a session id the claims say "", which sessionIsCurrent refuses.
  const sessionId = typeof token.sid === "string" ? token.sid : "";
  return { userId: token.sub, sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : -1, authTime, sessionId };
}

/** The claims of a session token; null when it does not decode with this secret, has expired or claims no one. */
export async function readSessionClaims(token: string, secret: string, nowSeconds: number): Promise<SessionClaims | null> {
  let decoded: JWT | null;
  try {
    decoded = await decodeSessionToken({ token, secret });
  } catch {
    return null;
  }
  return decoded ? claimsFromToken(decoded, nowSeconds) : null;
}
