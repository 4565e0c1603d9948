import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isRowId } from "@/lib/db/row-id";
import type { OrgContext } from "@/lib/organizations/access";

/** A project as lists show it: owner, and the draft's scores with its stored evaluation summary. */
export const portfolioProjectSelect = {
  id: true,
  name: true,
  systems: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  assessment: {
    select: {
      scores: true,
      updatedAt: true,
      verdict: true,
      readinessIndex: true,
      blockerCount: true,
      warningCount: true,
      blockerRules: true,
      evaluatedWith: true,
    },
  },
} as const;

const projectSelect = {
  id: true,
  name: true,
  description: true,
  systems: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  assessment: { select: { answers: true, scores: true, revision: true, updatedAt: true } },
} as const;

/** Project list rows with the stored evaluation summary (answers too, for recomputing a summary an older ruleset made). */
export function listProjects(ctx: OrgContext, options: { archived?: boolean } = {}) {
  return db().project.findMany({
    where: { organizationId: ctx.organization.id, archivedAt: options.archived ? { not: null } : null },
    orderBy: { updatedAt: "desc" },
    select: { ...portfolioProjectSelect, assessment: { select: { ...portfolioProjectSelect.assessment.select, answers: true } } },
  });
}

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
