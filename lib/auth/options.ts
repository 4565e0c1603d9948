import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { authSecret } from "@/lib/env";
import { signInSchema } from "@/lib/accounts/schema";
import { safeRedirectUrl } from "./callback-url";
import { clientIp } from "./client-ip";
import { decodeSessionToken, encodeSessionToken } from "./jwt-codec";
import { dummyPasswordHash, verifyPassword } from "./password";
import { claimsFromToken } from "./session-cookie";
import { IDLE_TIMEOUT_SECONDS, pastAbsoluteLimit } from "./session-policy";
import { newSessionId, revokeSession, sessionStillCurrent } from "./session-revocation";
import { errorFields, logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { noteActor } from "@/lib/observability/request-context";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "./throttle";

let cached: NextAuthOptions | undefined;

/**
 * Thrown by the jwt callback for a token whose session has ended (signed out, password
 * changed, signed out everywhere, user deleted): next-auth's session route then answers
 * with no session and clears the cookie instead of renewing it.
 */
class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
    this.name = "SessionEndedError";
  }
}

/**
 * Whether the session route may renew this token. An outage of the database is not a
 * reason to sign anyone out: the token goes on as it is (renewing it grants nothing, since
 * every page and route handler checks it against the database again).
 */
async function renewable(token: JWT): Promise<boolean> {
  const claims = claimsFromToken(token, Math.floor(Date.now() / 1000));
  if (!claims) return false;
  try {
    return await sessionStillCurrent(claims);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}

/** Built on first use, so importing this module (e.g. during `next build`) needs no secret. */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

const buildAuthOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  // The cookie lives for the idle timeout and is renewed on activity; the 12-hour cap is
  // enforced from `authTime` in the jwt callback and again in requireUser().
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS, updateAge: 5 * 60 },
  // next-auth's token format, with the derived key computed once (see jwt-codec.ts).
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(req?.headers ?? {});
        const client = db();
        if ((await checkSignInThrottle(email, ip, client)).limited) {
          logger().warn({ event: "auth.sign_in_throttled" }, "sign-in refused: too many failures");
          metrics().signIns.inc({ reason: "throttled" });
          return null;
        }
        const user = await client.user.findUnique({ where: { email } });
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !ok) {
          await recordSignInFailure(email, ip, client);
          // No email: the log says that someone failed, not who was tried.
          logger().info({ event: "auth.sign_in_failed", knownUser: Boolean(user) }, "sign-in failed");
          metrics().signIns.inc({ reason: "failed" });
          return null;
        }
        await clearSignInFailures(email, ip, client);
        noteActor({ userId: user.id });
        logger().info({ event: "auth.signed_in", userId: user.id }, "signed in");
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    redirect: async ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    async jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.authTime = now;
        token.sid = newSessionId();
        return token;
      }
      if (typeof token.authTime === "number" && pastAbsoluteLimit(token.authTime, now)) {
        // Past the absolute limit: strip identity so the session reads as signed out.
        return { expired: true };
      }
      // A renewal (the session route): the same check the pages make, so an ended session is
      // neither answered nor renewed.
      if (!(await renewable(token))) throw new SessionEndedError();
      return token;
    },
    async session({ session, token }) {
      if (!token.sub) return { expires: session.expires };
      session.user = { id: token.sub, name: token.name ?? "", email: token.email ?? "" };
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      session.authTime = typeof token.authTime === "number" ? token.authTime : 0;
      session.sessionId = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
  events: {
    // Signing out ends this token on the server too, so a copy of the cookie taken before
    // stops working; the user's other devices stay signed in ("sign out everywhere" on the
    // account page ends those). next-auth logs a failure here and still clears the cookie.
    async signOut({ token }) {
      const claims = token ? claimsFromToken(token, Math.floor(Date.now() / 1000)) : null;
      if (claims) await revokeSession(claims);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an expected answer, not an error worth a stack trace.
      if (metadata instanceof SessionEndedError) return;
      logger().error({ event: "auth.error", code, ...errorFields(metadata instanceof Error ? metadata : code) }, `next-auth: ${code}`);
    },
    warn(code) {
      logger().warn({ event: "auth.warning", code }, `next-auth: ${code}`);
    },
    debug() {},
  },
});
