import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: the app answers and reaches PostgreSQL. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false, message: "The database is temporarily unavailable." }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
