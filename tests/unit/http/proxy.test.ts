import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { unstable_doesMiddlewareMatch as matches } from "next/experimental/testing/server";
import { config, proxy } from "@/proxy";

const request = (path: string, cookie?: string) => new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });

describe("proxy", () => {
  it("refuses an address whose %-escapes are not UTF-8 with a 400 naming the address", async () => {
    for (const path of ["/api/o/%FF/projects/x/assessment", "/api/o/acme/projects/%C0%80/assessment", "/o/%ED%A0%80/projects"]) {
      const response = proxy(request(path, "next-auth.session-token=x"));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({
        error: "validation",
        message: "The address contains a %-escape that is not UTF-8.",
        fieldErrors: { url: ["contains a %-escape that is not UTF-8"] },
      });
    }
  });

  it("passes API requests through whether or not a session cookie is present: the handler answers 401 itself", () => {
    expect(proxy(request("/api/o/acme/projects/p1/assessment")).headers.get("x-middleware-next")).toBe("1");
    expect(proxy(request("/api/o/acme/projects/%00/assessment")).headers.get("x-middleware-next")).toBe("1");
  });

  it("still sends signed-out visitors of a page to sign in, keeping where they were going", () => {
    const response = proxy(request("/o/acme/projects?tab=2"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackUrl=%2Fo%2Facme%2Fprojects%3Ftab%3D2");
  });

  it("lets signed-out visitors reach the sign-in, sign-up and invitation pages", () => {
    for (const path of ["/sign-in", "/sign-up", "/invite/abc"])
      expect(proxy(request(path)).headers.get("x-middleware-next"), path).toBe("1");
  });

  it("refuses a server-action POST declaring more than 2 MB with a 413, from the header alone", async () => {
    const post = (path: string, length: number, action = true) =>
      new NextRequest(`http://localhost:3000${path}`, {
        method: "POST",
        headers: { cookie: "next-auth.session-token=x", "content-length": String(length), ...(action ? { "next-action": "abc" } : {}) },
      });
    const refused = proxy(post("/sign-up", 3_000_000));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: "too_large", message: "The form is 2.9 MB; at most 2 MB can be sent." });
    expect(proxy(post("/o/acme/projects", 2 * 1024 * 1024, true)).headers.get("x-middleware-next")).toBe("1");
    expect(proxy(post("/api/o/acme/projects/p1/assessment/import", 3_000_000, false)).headers.get("x-middleware-next")).toBe("1");
  });

  it("runs for organization API routes only when the address holds a %-escape, and for every page it guards", () => {
    for (const url of [
      "/api/o/%FF/projects/x/assessment",
      "/api/o/acme/projects/%C0%80/assessment",
      "/api/o/acme/projects/p1/assessment%00",
    ])
      expect(matches({ config, url }), url).toBe(true);
    for (const url of ["/api/o/acme/projects/p1/assessment", "/api/o/acme/portfolio.csv", "/api/health"])
      expect(matches({ config, url }), url).toBe(false);
    for (const url of ["/", "/o/acme", "/o/acme/projects/p1", "/account", "/orgs/new", "/sign-in", "/invite/abc", "/no-such-page"])
      expect(matches({ config, url }), url).toBe(true);
    for (const url of ["/_next/static/chunks/a.js", "/examples/ready.json", "/schema/assessment.v1.schema.json", "/api/auth/session"])
      expect(matches({ config, url }), url).toBe(false);
  });

  it("gives each page request a nonce of its own, in the page's policy and in the request's, where Next reads it", () => {
    const policies = ["/sign-in", "/sign-in", "/"].map((path) => {
      const response = proxy(request(path, "next-auth.session-token=x"));
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      return policy;
    });
    expect(new Set(policies).size).toBe(3);
  });
});
