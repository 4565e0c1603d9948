import { checkReadiness } from "@/lib/health/readiness";
import { json } from "@/lib/http/org-route";

export const dynamic = "force-dynamic";

/**
 * Readiness, for a load balancer: 200 when this instance can serve (database reachable,
 * migrations applied, PDF render threads can start), otherwise 503 naming the failed check.
 * Public and without data, like /api/health.
 */
export async function GET() {
  const readiness = await checkReadiness();
  return json(readiness, readiness.ok ? 200 : 503, readiness.ok ? {} : { "Retry-After": "5" });
}
