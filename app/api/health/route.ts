import { databaseUnavailableResponse } from "@/lib/http/database-unavailable";
import { json } from "@/lib/http/org-route";
import { pingDatabase } from "@/lib/health/ping-database";

export const dynamic = "force-dynamic";

/**
 * For load balancers and uptime checks: the app answers and reaches PostgreSQL. Any failure
 * of the probe means the app cannot serve, so it is a 503 with Retry-After either way.
 */
export async function GET() {
  try {
    await pingDatabase();
    return json({ ok: true });
  } catch (error) {
    return databaseUnavailableResponse(error);
  }
}
