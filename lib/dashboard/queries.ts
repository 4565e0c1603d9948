import "server-only";
import { readSnapshotDocument } from "@/lib/assessments/snapshot-read";
import { db } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";

/** The project dashboard's history: every snapshot's summary, and the newest one's scores for the radar. */
export async function loadProjectSnapshots(ctx: OrgContext, projectId: string) {
  const where = { organizationId: ctx.organization.id, projectId };
  const [summaries, latest] = await Promise.all([
    db().snapshot.findMany({
      where,
      orderBy: { number: "asc" },
      select: { id: true, number: true, createdAt: true, readinessIndex: true, verdict: true },
    }),
    db().snapshot.findFirst({ where, orderBy: { number: "desc" }, select: { id: true, number: true, createdAt: true, document: true } }),
  ]);
  return { summaries, latest: latest ? { ...latest, document: readSnapshotDocument(latest.document) } : null };
}
