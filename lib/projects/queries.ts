import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isRowId } from "@/lib/db/row-id";
import type { OrgContext } from "@/lib/organizations/access";

const projectSelect = {
  id: true,
  name: true,
  description: true,
  systems: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  assessment: { select: { answers: true, scores: true, plan: true, revision: true, updatedAt: true } },
} as const;

/** One project of the organization in context; another organization's id reads as not found. */
export async function getProject(ctx: OrgContext, projectId: string) {
  if (!isRowId(projectId)) throw notFound("This project");
  const project = await db().project.findFirst({ where: { id: projectId, organizationId: ctx.organization.id }, select: projectSelect });
  if (!project) throw notFound("This project");
  return project;
}

/** Members who can own a project, for the owner picker. */
export function listPossibleOwners(ctx: OrgContext) {
  return db().membership.findMany({
    where: { organizationId: ctx.organization.id },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
}
