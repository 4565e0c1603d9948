/**
 * Headers sent with every response. The CSP forbids plugins, framing, <base> rewriting and
 * eval (development mode needs eval for React's debugging tools, production never).
 *
 * Scripts: an HTML page gets a policy with a fresh nonce from proxy.ts (`'nonce-…'
 * 'strict-dynamic'`): Next puts the nonce on its own inline and bootstrap scripts, the chunks
 * those load inherit the trust, and an injected <script> without the nonce does not run.
 * Every other answer (API JSON, static files, a page the proxy did not see) gets the static
 * policy below, which allows no inline script at all: an HTML page served without a nonce
 * stays unhydrated rather than open. Styles keep 'unsafe-inline': React, Radix and recharts
 * write `style` attributes, which a nonce cannot cover.
 */
export function contentSecurityPolicy(production: boolean, nonce?: string): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'"];
  if (!production) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and new for every page request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function securityHeaders(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
