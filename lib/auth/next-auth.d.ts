import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name: string; email: string };
    sessionVersion?: number;
    authTime?: number;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    authTime?: number;
    /** Session id, random per sign-in (see session-revocation.ts). */
    sid?: string;
    expired?: boolean;
  }
}
