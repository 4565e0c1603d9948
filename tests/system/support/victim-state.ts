/**
 * Everything of the victim organization an attack could change, read straight from the
 * database: compared before and after each refused call, so "refused" means "nothing
 * happened", not only "the response said no".
 */
import type { Db } from "@/lib/db/client";

export async function victimState(db: Db, organizationId: string, userIds: string[]) {
  const where = { organizationId };
  const [organization, memberships, invitations, projects, assessments, snapshots, auditEvents, users] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { name: true, slug: true, accentColor: true, paperSize: true, dateFormat: true, logoMimeType: true, updatedAt: true },
    }),
    db.membership.findMany({ where, select: { id: true, userId: true, role: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.invitation.findMany({
      where,
      select: { id: true, role: true, acceptedAt: true, acceptedById: true, revokedAt: true, expiresAt: true },
      orderBy: { id: "asc" },
    }),
    db.project.findMany({
      where,
      select: { id: true, name: true, description: true, systems: true, ownerId: true, archivedAt: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
    db.assessment.findMany({
      where,
      select: { projectId: true, revision: true, verdict: true, updatedAt: true },
      orderBy: { projectId: "asc" },
    }),
    db.snapshot.findMany({ where, select: { id: true }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where }),
    db.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { organization, memberships, invitations, projects, assessments, snapshots, auditEvents, users };
}

export type VictimState = Awaited<ReturnType<typeof victimState>>;
