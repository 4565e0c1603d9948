import "server-only";
import { db } from "@/lib/db/client";

/** One round trip to PostgreSQL; throws when it cannot be reached (the caller maps that to a 503). */
export async function pingDatabase(): Promise<void> {
  await db().$queryRaw`SELECT 1`;
}
