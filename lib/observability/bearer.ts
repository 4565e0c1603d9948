import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Whether an Authorization header carries exactly this bearer token. Compared as SHA-256
 * digests in constant time: equal lengths for timingSafeEqual, and neither the token's
 * length nor its first differing byte shows in the time the answer takes.
 */
export function bearerMatches(header: string | null, token: string): boolean {
  const match = /^Bearer (\S+)$/i.exec(header?.trim() ?? "");
  if (!match || token === "") return false;
  return timingSafeEqual(digest(match[1]!), digest(token));
}
