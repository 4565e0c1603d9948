import { describe, expect, it } from "vitest";
import { ABSOLUTE_SESSION_SECONDS, sessionIsCurrent } from "@/lib/auth/session-policy";

const now = 1_800_000_000;

describe("sessionIsCurrent", () => {
  it("accepts a session of the current version within 12 hours", () => {
    expect(sessionIsCurrent({ userId: "u", sessionVersion: 3, authTime: now - 3600 }, 3, now)).toBe(true);
  });
  it("refuses a session from before a password change", () => {
    expect(sessionIsCurrent({ userId: "u", sessionVersion: 2, authTime: now - 60 }, 3, now)).toBe(false);
  });
  it("refuses a session older than 12 hours, however active", () => {
    expect(sessionIsCurrent({ userId: "u", sessionVersion: 3, authTime: now - ABSOLUTE_SESSION_SECONDS - 1 }, 3, now)).toBe(false);
  });
});
