/**
 * Values of `callbackUrl` that try to leave our origin after signing in or out (absolute,
 * protocol-relative, backslash, control characters, userinfo, encoded forms, dot-segments), and the check
 * that where the app sends the browser is still our own origin.
 */
export const HOSTILE_CALLBACKS = [
  "https://evil.example",
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "%2F%2Fevil.example",
  "https:%2F%2Fevil.example",
  "/%5Cevil.example",
  "%5C%5Cevil.example",
  "http:/evil.example",
  "javascript:alert(1)",
  "@evil.example",
  // Dot-segments that resolve to a protocol-relative "//evil.example/…".
  "/.//evil.example/phish",
  "/..//evil.example/phish",
  "/%2e//evil.example/phish",
  "/a/..//evil.example/phish",
];

/** A variant of each value that embeds our own origin, e.g. `http://localhost:3222@evil.example`. */
export const hostileCallbacksFor = (base: string) => [
  ...HOSTILE_CALLBACKS,
  `${base}@evil.example`,
  `${base}.evil.example`,
  `${base}//evil.example`,
];

/**
 * Whether the browser, sent to `target`, stays on `base`: same origin, and a path that does
 * not start with two slashes (which a later redirect could read as another host).
 */
export function staysOn(base: string, target: string): boolean {
  try {
    const url = new URL(target, base);
    return url.origin === new URL(base).origin && !/^[/\\]{2}/.test(url.pathname);
  } catch {
    return false;
  }
}

/** The `callbackPath` prop the sign-in and sign-up forms get (where they go after success), from a page's RSC payload. */
export function callbackPathProp(rsc: string): string | undefined {
  const match = /"callbackPath":("(?:[^"\\]|\\.)*")/.exec(rsc);
  return match ? (JSON.parse(match[1]!) as string) : undefined;
}
