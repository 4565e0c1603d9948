/**
 * The session is read from the cookie directly instead of through next-auth's handler.
 * Whatever the cookie holds, both must agree on who is signed in and with which claims:
 * compared here against next-auth's own session route with our options, on generated
 * tokens (odd claims, old sign-ins, other secrets, tampering, split cookies).
 */
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { getServerSession } from "next-auth";
import { encode as nextAuthEncode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/env";
import { readSessionClaims, sessionCookieName, sessionTokenFrom } from "@/lib/auth/session-cookie";
import { ABSOLUTE_SESSION_SECONDS, type SessionClaims } from "@/lib/auth/session-policy";

// The session route also asks the database whether the session is still current (signed
// out, password changed); here every session is, so what is compared is the cookie alone.
vi.mock("@/lib/auth/session-revocation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session-revocation")>()),
  sessionStillCurrent: async () => true,
}));

const NAME = "next-auth.session-token";
const silent = { error() {}, warn() {}, debug() {} };

/**
 * What the app made of these cookies before: getServerSession (its pages-router form, which
 * takes the cookies as arguments and runs the same session route) with our options.
 */
async function claimsByNextAuth(cookies: Record<string, string>): Promise<SessionClaims | null> {
  const request = { headers: {}, cookies } as never;
  const response = { getHeader() {}, setCookie() {}, setHeader() {} } as never;
  const session = await getServerSession(request, response, { ...authOptions(), logger: silent });
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    sessionVersion: session.sessionVersion ?? -1,
    authTime: session.authTime ?? 0,
    sessionId: session.sessionId ?? "",
  };
}

async function claimsByCookie(cookies: Record<string, string>): Promise<SessionClaims | null> {
  const token = sessionTokenFrom(
    Object.entries(cookies).map(([name, value]) => ({ name, value })),
    sessionCookieName({}),
  );
  return token ? readSessionClaims(token, authSecret(), Math.floor(Date.now() / 1000)) : null;
}

/** next-auth's chunking: 3,933-character parts named name.0, name.1… */
function chunked(token: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (let index = 0; index * 3933 < token.length; index += 1) parts[`${NAME}.${index}`] = token.slice(index * 3933, (index + 1) * 3933);
  return parts;
}

const now = () => Math.floor(Date.now() / 1000);

describe("reading the session cookie", () => {
  it("agrees with next-auth's session route on generated tokens", async () => {
    const claim = (values: fc.Arbitrary<unknown>) => fc.option(values, { nil: undefined });
    const tokens = fc.record({
      sub: claim(fc.oneof(fc.uuid(), fc.constant(""))),
      sessionVersion: claim(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 3 }))),
      authTime: claim(
        fc.oneof(
          fc.integer({ min: -2 * ABSOLUTE_SESSION_SECONDS, max: 60 }).map((offset) => now() + offset),
          fc.string({ maxLength: 3 }),
        ),
      ),
      sid: claim(fc.oneof(fc.uuid(), fc.integer())),
      padding: claim(fc.string({ minLength: 4000, maxLength: 6000 })),
    });
    const cases = fc.record({
      token: tokens,
      maxAge: fc.constantFrom(3600, -120),
      secret: fc.constantFrom("ours", "another"),
      tamper: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(cases, async ({ token, maxAge, secret, tamper }) => {
        const payload = Object.fromEntries(Object.entries(token).filter(([, value]) => value !== undefined));
        let encoded = await nextAuthEncode({
          token: payload,
          secret: secret === "ours" ? authSecret() : "another-secret-0123456789",
          maxAge,
        });
        if (tamper) encoded = `${encoded.slice(0, -3)}${encoded.endsWith("AAA") ? "BBB" : "AAA"}`;
        const cookies = encoded.length > 3933 ? chunked(encoded) : { [NAME]: encoded };
        const expected = await claimsByNextAuth(cookies);
        expect(await claimsByCookie(cookies)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("reads a current session, and the claims it carries", async () => {
    const authTime = now() - 60;
    const token = await nextAuthEncode({
      token: { sub: "user-1", sessionVersion: 2, authTime, sid: "session-1" },
      secret: authSecret(),
      maxAge: 3600,
    });
    const claims = { userId: "user-1", sessionVersion: 2, authTime, sessionId: "session-1" };
    expect(await claimsByCookie({ [NAME]: token })).toEqual(claims);
    expect(await claimsByCookie(chunked(`${token}`))).toEqual(claims);
  });

  it("reads as signed out: past the absolute limit, the wrong cookie name, a missing or extra part", async () => {
    const old = await nextAuthEncode({
      token: { sub: "user-1", sessionVersion: 0, authTime: now() - ABSOLUTE_SESSION_SECONDS - 5 },
      secret: authSecret(),
    });
    expect(await claimsByCookie({ [NAME]: old })).toBeNull();
    const token = await nextAuthEncode({
      token: { sub: "user-1", sessionVersion: 0, authTime: now(), padding: "x".repeat(5000) },
      secret: authSecret(),
    });
    expect(await claimsByCookie({ [`__Secure-${NAME}`]: token })).toBeNull();
    const parts = chunked(token);
    expect(Object.keys(parts)).toHaveLength(2);
    expect(await claimsByCookie(parts)).not.toBeNull();
    expect(await claimsByCookie({ [`${NAME}.1`]: parts[`${NAME}.1`]! })).toBeNull();
    expect(await claimsByCookie({ ...parts, [NAME]: token })).toBeNull();
    expect(await claimsByCookie({})).toBeNull();
  });

  it("refuses a subject that is not a string, and so does the session route (its jwt callback reads the same claims)", async () => {
    const token = await nextAuthEncode({ token: { sub: 7, sessionVersion: 0, authTime: now() } as never, secret: authSecret() });
    expect(await claimsByNextAuth({ [NAME]: token })).toBeNull();
    expect(await claimsByCookie({ [NAME]: token })).toBeNull();
  });

  it("names the cookie as next-auth does for the site's address", () => {
    expect(sessionCookieName({})).toBe(NAME);
    expect(sessionCookieName({ siteUrl: "http://localhost:3000" })).toBe(NAME);
    expect(sessionCookieName({ siteUrl: "https://preflight.example" })).toBe(`__Secure-${NAME}`);
    expect(sessionCookieName({ trustHost: true, forwardedProto: "https" })).toBe(`__Secure-${NAME}`);
    expect(sessionCookieName({ trustHost: true, forwardedProto: null })).toBe(`__Secure-${NAME}`);
    expect(sessionCookieName({ trustHost: true, forwardedProto: "http" })).toBe(NAME);
    expect(sessionCookieName({ siteUrl: "http://intranet", trustHost: true, forwardedProto: "https" })).toBe(NAME);
  });
});
