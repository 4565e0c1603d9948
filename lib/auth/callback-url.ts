/**
 * Where to send a user after signing in. Only a path on our own origin is ever returned:
 * absolute URLs, protocol-relative `//host`, backslash tricks (`/\host`), dot-segments that
 * resolve to `//host` (`/.//host`, `/%2e//host`) and control characters all fall back to the default.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  // Browsers treat "\" like "/" and drop tabs/newlines, so "/\evil" or "/\t/evil" can leave the origin.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  try {
    const base = "http://preflight.invalid";
    const resolved = new URL(value, base);
    if (resolved.origin !== base) return fallback;
    const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
    // Dot-segments resolve "/.//evil.example" to "//evil.example", a protocol-relative URL:
    // the path we hand out must itself resolve on our origin, not just the raw value.
    return new URL(path, base).origin === base ? path : fallback;
  } catch {
    return fallback;
  }
}

/**
 * next-auth's redirect callback: an absolute URL keeps its path only when it is on our own
 * origin; every path then passes `safeCallbackPath`. (next-auth's default throws, a 500, on
 * values it cannot parse such as "%2F%2Fevil.example", and passes "//evil.example" through.)
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  let path = url;
  try {
    const absolute = new URL(url);
    path = absolute.origin === origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "";
  } catch {
    // Not an absolute URL: judged as a path below.
  }
  return `${origin}${safeCallbackPath(path)}`;
}

/** The sign-in page, keeping where the user was going (an invitation, for example); `callbackPath` is already safe. */
export function signInHref(callbackPath: string): string {
  return callbackPath ? `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}` : "/sign-in";
}
