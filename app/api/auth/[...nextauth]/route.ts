import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientIp } from "@/lib/auth/client-ip";
import { checkSignInThrottle, retryMessage } from "@/lib/auth/throttle";
import { isCrossOrigin } from "@/lib/http/same-origin";
import { outageResponse } from "@/lib/http/database-unavailable";
import { errorBody } from "@/lib/http/error-body";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth's answers carry session and CSRF cookies: never stored by a browser or a proxy. */
async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  const response = (await NextAuth(authOptions())(request, context)) as Response;
  if (response.headers.has("cache-control")) return response;
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", "no-store");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export async function GET(request: NextRequest, context: RouteContext) {
  return handler(request, context);
}

/**
 * Sign-in and sign-out come from our own pages only (next-auth's CSRF token aside, a foreign
 * Origin is refused like on every other write). Credential sign-ins pass the throttle first:
 * past the limit the answer is a plain 429 with Retry-After, before any password is checked.
 * The throttle is the first query, so a database outage is answered here as a 503, not as a
 * wrong password.
 */
export async function POST(request: NextRequest, context: RouteContext) {
  if (isCrossOrigin(request)) {
    return Response.json(errorBody("forbidden", "Cross-origin requests are not allowed."), {
      status: 403,
      headers: { "Cache-Control": "no-store" },
    });
  }
  try {
    return await signInOrHandle(request, context);
  } catch (error) {
    const outage = outageResponse(error);
    if (outage) return outage;
    throw error;
  }
}

async function signInOrHandle(request: NextRequest, context: RouteContext) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "")
      .trim()
      .toLowerCase()
      .slice(0, 254);
    const state = await checkSignInThrottle(email, clientIp(request.headers));
    if (state.limited) {
      return Response.json(
        errorBody("rate_limited", retryMessage(state.retryAfterSeconds), { retryAfterSeconds: state.retryAfterSeconds }),
        { status: 429, headers: { "Retry-After": String(state.retryAfterSeconds), "Cache-Control": "no-store" } },
      );
    }
  }
  return handler(request, context);
}
