import { env } from "@/lib/env";
import { errorBody } from "@/lib/http/error-body";
import { json } from "@/lib/http/org-route";
import { bearerMatches } from "@/lib/observability/bearer";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

/**
 * Prometheus metrics. Off (404, as if there were no such route) unless METRICS_TOKEN is set;
 * then only for "Authorization: Bearer <METRICS_TOKEN>": the counts say how busy each
 * customer-facing route is, which is the operator's business only.
 */
export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return json(errorBody("not_found", "This page was not found."), 404);
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return json(errorBody("unauthenticated", "A bearer token is required."), 401, { "WWW-Authenticate": 'Bearer realm="metrics"' });
  }
  const registry = metrics().registry;
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
