import { describe, expect, it } from "vitest";
import { requestIdFor } from "@/lib/observability/request-id";
import { routeMatcher } from "@/lib/observability/route-pattern";

describe("the request id", () => {
  it("keeps a trusted proxy's id and ignores a client's", () => {
    expect(requestIdFor("lb-0123456789", true)).toBe("lb-0123456789");
    expect(requestIdFor("lb-0123456789", false)).not.toBe("lb-0123456789");
  });

  it("replaces an upstream id that could forge or bloat a log line", () => {
    for (const hostile of ["short", "a\nfake log line", "x".repeat(129), "id with spaces"])
      expect(requestIdFor(hostile, true)).not.toBe(hostile);
  });
});

describe("the route pattern", () => {
  const routeOf = routeMatcher({
    staticRoutes: [
      { page: "/", regex: "^/(?:/)?$" },
      { page: "/api/health", regex: "^/api/health(?:/)?$" },
    ],
    dynamicRoutes: [{ page: "/invite/[token]", regex: "^/invite/([^/]+?)(?:/)?$" }],
  });

  it("names the pattern, never the ids or tokens in the path", () => {
    expect(routeOf("/invite/secret-token-value")).toBe("/invite/[token]");
    expect(routeOf("/invite/secret-token-value.rsc")).toBe("/invite/[token]");
    expect(routeOf("/api/health")).toBe("/api/health");
  });

  it("folds everything else into a few labels", () => {
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(routeOf("/no/such/page/123")).toBe("(unmatched)");
  });
});
