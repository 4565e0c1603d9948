/**
 * The client address for throttling. Next sets x-forwarded-for from the socket when no proxy
 * did; behind a load balancer the proxy's value is used. The per-account limit does not
 * depend on it, so a forged header only moves the per-address bucket.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const first = value?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : "unknown";
}
