import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience only: sends visitors without a session cookie to the sign-in page, keeping
 * where they were going. It is never the guard — every page, action and route handler
 * checks the session and membership itself.
 *
 * It also refuses an address whose %-escapes do not decode (`%FF`, `%C0%80`): Next answers
 * those with a bare 500 for route handlers instead of the client error they are.
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

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodes(pathname)) {
    const problem = "contains a %-escape that is not UTF-8";
    return NextResponse.json({ error: "validation", message: `The address ${problem}.`, fieldErrors: { url: [problem] } }, { status: 400 });
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const target = new URL("/sign-in", request.url);
  target.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(target);
}

export const config = { matcher: ["/o/:path*", "/account/:path*", "/orgs/:path*", "/api/o/:path*"] };
