import { db } from "@/lib/db/client";
import { databaseUnavailableResponse } from "@/lib/http/database-unavailable";

export const dynamic = "force-dynamic";

/**
 * For load balancers and uptime checks: the app answers and reaches PostgreSQL. Any failure
 * of the probe means the app cannot serve, so it is a 503 with Retry-After either way.
 */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return databaseUnavailableResponse(error);
  }
}
