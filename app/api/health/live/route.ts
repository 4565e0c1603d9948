import { json } from "@/lib/http/org-route";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers HTTP. No database: a PostgreSQL outage must not make an
 * orchestrator restart every instance (readiness takes them out of the balancer instead).
 */
export function GET() {
  return json({ ok: true });
}
