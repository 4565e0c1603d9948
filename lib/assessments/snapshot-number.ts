import "server-only";
import type { DbTx } from "@/lib/db/client";

/**
 * The number the project's next snapshot gets: one past the highest so far. Call it in the
 * transaction that creates the snapshot, after locking the project's assessment row (as
 * submitForReview does), so two submits cannot read the same highest number; the unique
 * index on (organization, project, number) refuses a duplicate all the same.
 */
export async function nextSnapshotNumber(tx: DbTx, organizationId: string, projectId: string): Promise<number> {
  const { _max } = await tx.snapshot.aggregate({ where: { organizationId, projectId }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}
