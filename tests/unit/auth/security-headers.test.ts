import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

const asMap = (production: boolean) => Object.fromEntries(securityHeaders(production).map((h) => [h.key, h.value]));

describe("security headers", () => {
  it("forbid eval, plugins, base rewriting and framing in production, and send HSTS", () => {
    const headers = asMap(true);
    const csp = headers["Content-Security-Policy"]!;
    expect(csp).not.toContain("unsafe-eval");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBeTruthy();
    expect(headers["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });

  it("send no HSTS in development (plain http on localhost)", () => {
    expect(asMap(false)["Strict-Transport-Security"]).toBeUndefined();
  });
});
