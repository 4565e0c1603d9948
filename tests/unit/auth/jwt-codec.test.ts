/**
 * The session token codec must stay interchangeable with next-auth's own: cookies issued
 * before a deploy (by either) keep working, and a token from another secret or a tampered
 * one never decodes.
 */
import { describe, expect, it } from "vitest";
import { EncryptJWT } from "jose";
import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { decodeSessionToken, derivedKey, encodeSessionToken } from "@/lib/auth/jwt-codec";

const secret = "unit-test-secret-0123456789abcdef";
const claims = { sub: "user-1", name: "Zoë Müller", email: "zoe@example.test", sessionVersion: 3, authTime: 1_700_000_000 };

describe("session token codec", () => {
  it("reads tokens next-auth wrote, and next-auth reads the tokens it writes", async () => {
    const fromNextAuth = await nextAuthEncode({ token: claims, secret, maxAge: 3600 });
    expect(await decodeSessionToken({ token: fromNextAuth, secret })).toMatchObject(claims);
    const ours = await encodeSessionToken({ token: claims, secret, maxAge: 3600 });
    const decoded = await nextAuthDecode({ token: ours, secret });
    expect(decoded).toMatchObject(claims);
    expect(decoded?.exp).toBe((decoded?.iat as number) + 3600);
    expect(typeof decoded?.jti).toBe("string");
  });

  it("derives the same key for a salt as next-auth, and a different one without", async () => {
    const salted = await nextAuthEncode({ token: claims, secret, salt: "next-auth.session-token" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "next-auth.session-token" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
    expect(Buffer.from(derivedKey(secret, "a")).equals(Buffer.from(derivedKey(secret, "b")))).toBe(false);
  });

  it("refuses another secret's token, a tampered token and an expired one", async () => {
    const token = await encodeSessionToken({ token: claims, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    const parts = token.split(".");
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith("AA") ? "BB" : "AA"}`;
    await expect(decodeSessionToken({ token: parts.join("."), secret })).rejects.toThrow();
    const expired = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionToken({ token: "", secret })).toBeNull();
  });

  it("refuses a token under the right key that names other algorithms than next-auth's", async () => {
    const wrapped = await new EncryptJWT(claims).setProtectedHeader({ alg: "A256KW", enc: "A256GCM" }).encrypt(derivedKey(secret));
    await expect(decodeSessionToken({ token: wrapped, secret })).rejects.toThrow(/not allowed/);
  });
});
