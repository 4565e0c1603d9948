import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { oversizedActionProblem } from "@/lib/http/action-body-limit";
import { errorBody } from "@/lib/http/error-body";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

/**
 * Convenience only: sends visitors without a session cookie to the sign-in page, keeping
 * where they were going. It is never the guard — every page, action and route handler
 * checks the session and membership itself.
 *
 * It also refuses an address whose %-escapes do not decode (`%FF`, `%C0%80`): Next answers
 * those with a bare 500 for route handlers instead of the client error they are; and a
 * server-action POST declaring a body over the action limit, which Next would read and
 * then answer with a 500 (413 here, from the header alone: a proxy that reads request
 * bodies races with the action reading them in Next 16).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const SIGNED_IN_AREAS = ["/o/", "/account", "/orgs/"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodes(pathname)) {
    const problem = "contains a %-escape that is not UTF-8";
    return NextResponse.json(errorBody("validation", `The address ${problem}.`, { fieldErrors: { url: [problem] } }), { status: 400 });
  }
  const oversized = oversizedActionProblem(request.method, request.headers);
  if (oversized) return NextResponse.json(errorBody("too_large", oversized), { status: 413, headers: { "Cache-Control": "no-store" } });
  // API answers are JSON: no scripts to allow, they keep the static headers of next.config.ts.
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const signedOut = !SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedOut && SIGNED_IN_AREAS.some((area) => pathname.startsWith(area))) {
    const target = new URL("/sign-in", request.url);
    target.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  return withScriptNonce(request);
}

function withScriptNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(env().NODE_ENV === "production", newNonce());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page (for its nonce), but not Next's static files nor public/'s. Organization API
// routes only when their address holds a %-escape: running the proxy costs an autosave about
// a fifth of its throughput, and there it only checks the escapes.
export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|examples/|schema/|favicon\\.ico|icon\\.svg).*)", "/api/o/:path(.*%.*)"],
};
