import { randomUUID } from "node:crypto";

/** What an upstream id may look like: short and printable, so it cannot forge log lines or bloat them. */
const UPSTREAM_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The request id: the one a trusted proxy sent (TRUSTED_PROXY_HOPS > 0, so a load balancer's id
 * ties its log to ours), otherwise a new one. A client facing the app directly cannot choose it.
 */
export function requestIdFor(upstream: string | string[] | undefined, trustUpstream: boolean): string {
  const given = Array.isArray(upstream) ? upstream[0] : upstream;
  if (trustUpstream && given !== undefined && UPSTREAM_ID.test(given)) return given;
  return randomUUID();
}
