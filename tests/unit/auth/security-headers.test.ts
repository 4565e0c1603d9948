import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

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

  it("allow no inline script: a page's scripts need its nonce, and what they load inherits the trust", () => {
    expect(asMap(true)["Content-Security-Policy"]).toContain("script-src 'self';");
    const nonce = newNonce();
    const scriptSrc = contentSecurityPolicy(true, nonce)
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  });

  it("make a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("send no HSTS in development (plain http on localhost)", () => {
    expect(asMap(false)["Strict-Transport-Security"]).toBeUndefined();
  });
});
