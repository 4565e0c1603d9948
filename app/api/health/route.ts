import { db } from "@/lib/db/client";
import { json } from "@/lib/http/org-route";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: the app answers and reaches PostgreSQL. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return json({ ok: true });
  } catch {
    return json({ ok: false, message: "The database is temporarily unavailable." }, 503);
  }
}
