import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

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
  ])("sends %j to the fallback", (value) => {
    expect(safeCallbackPath(value, "/home")).toBe("/home");
  });

  it("ignores non-strings", () => {
    expect(safeCallbackPath(["/o/a"], "/")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
