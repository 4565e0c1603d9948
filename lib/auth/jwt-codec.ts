import "server-only";
/**
 * next-auth's session token format (an encrypted JWT, `dir` + A256GCM, with a key derived
 * from the secret by HKDF), with the derived key remembered. next-auth derives it again for
 * every decode and encode — twice per signed-in request — which was a twentieth of an
 * autosave's CPU. Same format, so tokens issued before and after are interchangeable
 * (tested against next-auth's own encode/decode). On a maintained jose major, unlike the
 * jose 4 next-auth 4 ships with (docs/decisions/0001-next-auth-4-containment.md).
 */
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** next-auth's own allowance for clock skew when checking `exp`. */
const CLOCK_TOLERANCE_SECONDS = 15;

const ALGORITHMS = { keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] };

const keys = new Map<string, Uint8Array>();

/** The encryption key next-auth derives from the secret (and the cookie name as salt, if any). */
export function derivedKey(secret: string | Buffer, salt = ""): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

export async function encodeSessionToken({
  token = {},
  secret,
  maxAge = DEFAULT_MAX_AGE_SECONDS,
  salt = "",
}: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token as JWTPayload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(derivedKey(secret, salt));
}

export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  // Only the one pair of algorithms next-auth writes: a token naming any other is refused before any key work.
  const { payload } = await jwtDecrypt(token, derivedKey(secret, salt), { clockTolerance: CLOCK_TOLERANCE_SECONDS, ...ALGORITHMS });
  return payload as JWT;
}
