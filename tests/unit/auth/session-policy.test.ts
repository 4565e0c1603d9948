import { describe, expect, it } from "vitest";
import { ABSOLUTE_SESSION_SECONDS, sessionIsCurrent } from "@/lib/auth/session-policy";

const now = 1_800_000_000;
const claims = (sessionVersion: number, authTime: number, sessionId = "session-1") => ({
  userId: "u",
  sessionVersion,
  authTime,
  sessionId,
});
const stored = (sessionVersion: number, revoked = false) => ({ sessionVersion, revoked });

describe("sessionIsCurrent", () => {
  it("accepts a session of the current version within 12 hours", () => {
    expect(sessionIsCurrent(claims(3, now - 3600), stored(3), now)).toBe(true);
  });
  it("refuses a session from before a password change or a sign-out everywhere", () => {
    expect(sessionIsCurrent(claims(2, now - 60), stored(3), now)).toBe(false);
  });
  it("refuses a session older than 12 hours, however active", () => {
    expect(sessionIsCurrent(claims(3, now - ABSOLUTE_SESSION_SECONDS - 1), stored(3), now)).toBe(false);
  });
  it("refuses a session signed out on its device", () => {
    expect(sessionIsCurrent(claims(3, now - 60), stored(3, true), now)).toBe(false);
  });
  it("refuses a token without a session id, which could not be signed out on its own", () => {
    expect(sessionIsCurrent(claims(3, now - 60, ""), stored(3), now)).toBe(false);
  });
});
