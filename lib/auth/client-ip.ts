import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/forwarded-for";

/**
 * The client address for throttling, from X-Forwarded-For as our server (lib/cli/serve.ts)
 * passes it on: the socket's address is always the last entry, so with TRUSTED_PROXY_HOPS=0
 * a header the client made up cannot choose the bucket. Behind N proxies, the address the
 * outermost one saw.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  return clientAddress(raw, env().TRUSTED_PROXY_HOPS);
}
