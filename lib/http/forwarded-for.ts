/**
 * The client address, the way a chain of proxies reports it. Every proxy appends the address
 * it was reached from to X-Forwarded-For, and so does our own server (lib/cli/serve.ts) with
 * the socket's address: whatever a client wrote into the header stays on the left, where no
 * trusted party put it. With N trusted proxies in front of the app, the client is the
 * (N+1)-th entry from the right; anything further left is the client's own claim.
 *
 * Pure: no environment, no I/O, so both the server and the app use it and tests pin it.
 */

/** The longest address we keep (an IPv6 address with a zone fits); anything longer is not one. */
const MAX_ADDRESS_LENGTH = 64;

function entries(header: string | string[] | null | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/** What our server hands the app: the incoming header with the socket's address appended, as a proxy does. */
export function appendPeer(header: string | string[] | undefined, peer: string | undefined): string {
  return [...entries(header), peer && peer !== "" ? peer : "unknown"].join(", ");
}

/** The address `trustedHops` proxies vouch for; with fewer entries than hops, the leftmost one. */
export function clientAddress(header: string | string[] | null | undefined, trustedHops: number): string {
  const list = entries(header);
  if (list.length === 0) return "unknown";
  const chosen = list[Math.max(0, list.length - 1 - trustedHops)]!;
  return chosen.length <= MAX_ADDRESS_LENGTH ? chosen : "unknown";
}
