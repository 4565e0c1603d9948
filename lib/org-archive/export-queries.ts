import "server-only";
import type { DbTx } from "@/lib/db/client";

const byEmail = { select: { email: true } } as const;

/** Every row of one organization an archive holds; never password hashes, sessions, tokens, invitations or cached PDFs. */
export async function readOrganizationRows(tx: DbTx, organizationId: string) {
  const where = { organizationId };
  // One after another: a transaction is one connection, which runs one statement at a time.
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      slug: true,
      accentColor: true,
      paperSize: true,
      dateFormat: true,
      logo: true,
      logoMimeType: true,
      createdAt: true,
    },
  });
  const memberships = await tx.membership.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  const projects = await tx.project.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      description: true,
      systems: true,
      archivedAt: true,
      createdAt: true,
      updatedAt: true,
      owner: byEmail,
      assessment: {
        select: { id: true, answers: true, scores: true, plan: true, revision: true, createdAt: true, updatedAt: true, updatedBy: byEmail },
      },
      snapshots: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          revision: true,
          createdAt: true,
          createdBy: byEmail,
          rulesetVersion: true,
          verdict: true,
          readinessIndex: true,
          blockerCount: true,
          warningCount: true,
          document: true,
          evaluation: true,
        },
      },
      remediationPlan: {
        select: {
          id: true,
          startDate: true,
          includeInfo: true,
          reconciledRevision: true,
          revision: true,
          createdBy: byEmail,
          createdAt: true,
          updatedAt: true,
          items: {
            orderBy: [{ position: "asc" }, { key: "asc" }],
            select: {
              id: true,
              key: true,
              ruleId: true,
              target: true,
              severity: true,
              track: true,
              window: true,
              title: true,
              message: true,
              remediation: true,
              position: true,
              dueDate: true,
              dueDateSetByPerson: true,
              suggestedOwner: true,
              suggestedFrom: true,
              assignee: byEmail,
              status: true,
              notes: true,
              resolvedAt: true,
              resolvedBy: byEmail,
              resolvedRevision: true,
              revision: true,
              createdAt: true,
              updatedAt: true,
            },
          },
        },
      },
    },
  });
  const auditEvents = await tx.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      entityType: true,
      entityId: true,
      projectId: true,
      action: true,
      changes: true,
      createdAt: true,
      actor: { select: { id: true, email: true } },
    },
  });
  // Whoever a change names by id (a member, a former member who acted): written as their email.
  const people = [...memberships.map((m) => m.user), ...auditEvents.flatMap((e) => (e.actor ? [e.actor] : []))];
  return { organization, memberships, projects, auditEvents, people };
}

export type OrganizationRows = Awaited<ReturnType<typeof readOrganizationRows>>;
export type ProjectRow = OrganizationRows["projects"][number];
