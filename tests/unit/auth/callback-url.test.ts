import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl, signInHref } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on our origin, with query and hash", () => {
    expect(safeCallbackPath("/o/acme/members?tab=1#x")).toBe("/o/acme/members?tab=1#x");
    expect(safeCallbackPath("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "http:/evil.example",
    "",
    "/".padEnd(3000, "a"),
    // Dot-segments that only become "//host" once resolved.
    "/.//evil.example/phish",
    "/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/..//evil.example",
    "/a/b/../..//evil.example",
  ])("sends %j to the fallback", (value) => {
    expect(safeCallbackPath(value, "/home")).toBe("/home");
  });

  it("ignores non-strings", () => {
    expect(safeCallbackPath(["/o/a"], "/")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});

it("whatever it is given, what it returns resolves on our own origin", () => {
  const base = "http://preflight.invalid";
  const segment = fc.constantFrom("", ".", "..", "%2e", "%2E%2e", "a", "evil.example", "\\", "@evil.example", ":", "?x=//y", "#//z");
  const path = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join("/")}`);
  fc.assert(
    fc.property(fc.oneof(path, fc.string()), (value) => {
      expect(new URL(safeCallbackPath(value), base).origin).toBe(base);
    }),
    { numRuns: 2000 },
  );
});

describe("safeRedirectUrl", () => {
  const base = "https://preflight.example";

  it("keeps paths and absolute URLs of our origin", () => {
    expect(safeRedirectUrl("/o/acme?x=1", base)).toBe(`${base}/o/acme?x=1`);
    expect(safeRedirectUrl(`${base}/o/acme#top`, base)).toBe(`${base}/o/acme#top`);
    expect(safeRedirectUrl(base, base)).toBe(`${base}/`);
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "%2F%2Fevil.example",
    `${base}//evil.example`,
    `${base}@evil.example`,
    "javascript:alert(1)",
  ])("sends %j to our home page", (value) => {
    expect(safeRedirectUrl(value, base)).toBe(`${base}/`);
  });
});

describe("signInHref", () => {
  it("keeps where the user was going, encoded, and is the plain page otherwise", () => {
    expect(signInHref("/invite/abc_DEF-123")).toBe("/sign-in?callbackUrl=%2Finvite%2Fabc_DEF-123");
    expect(signInHref("")).toBe("/sign-in");
  });
});
