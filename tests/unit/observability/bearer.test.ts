import { describe, expect, it } from "vitest";
import { bearerMatches } from "@/lib/observability/bearer";

describe("the metrics bearer check", () => {
  const token = "metrics-token-0123456789";

  it("accepts exactly the token", () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
  });

  it("refuses no header, another scheme, a wrong, longer, shorter or empty token", () => {
    for (const header of [
      null,
      "",
      `Basic ${token}`,
      `Bearer ${token}x`,
      `Bearer ${token.slice(0, -1)}`,
      "Bearer ",
      "Bearer wrong",
      `${token}`,
      `Bearer ${token} extra`,
    ]) {
      expect(bearerMatches(header, token), String(header)).toBe(false);
    }
  });

  it("refuses everything when the configured token is empty", () => {
    expect(bearerMatches("Bearer ", "")).toBe(false);
    expect(bearerMatches("Bearer x", "")).toBe(false);
  });
});
