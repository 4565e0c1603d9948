import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authSecret } from "@/lib/env";
import { signInSchema } from "@/lib/accounts/schema";
import { safeRedirectUrl } from "./callback-url";
import { clientIp } from "./client-ip";
import { decodeSessionToken, encodeSessionToken } from "./jwt-codec";
import { dummyPasswordHash, verifyPassword } from "./password";
import { IDLE_TIMEOUT_SECONDS, pastAbsoluteLimit } from "./session-policy";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "./throttle";

let cached: NextAuthOptions | undefined;

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
        if ((await checkSignInThrottle(client, email, ip)).limited) return null;
        const user = await client.user.findUnique({ where: { email } });
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !ok) {
          await recordSignInFailure(client, email, ip);
          return null;
        }
        await clearSignInFailures(client, email, ip);
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
      }
      if (typeof token.authTime === "number" && pastAbsoluteLimit(token.authTime, now)) {
        // Past the absolute limit: strip identity so the session reads as signed out.
        return { expired: true };
      }
      return token;
    },
    async session({ session, token }) {
      if (!token.sub) return { expires: session.expires };
      session.user = { id: token.sub, name: token.name ?? "", email: token.email ?? "" };
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      session.authTime = typeof token.authTime === "number" ? token.authTime : 0;
      return session;
    },
  },
});
