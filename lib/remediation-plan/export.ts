import "server-only";
import { notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { planToCsv, planToIcs, type ExportItem } from "@/lib/remediation";
import { loadRemediationPlan } from "./queries";
import { isOutstanding } from "./plan-summary";

/**
 * The plan's work for a tracker or a calendar: items whose finding still fires (resolved ones
 * are no longer work), each with a link to its field. The CSV keeps done items (a tracker
 * imports them closed); the calendar holds only what is still to do.
 */
async function exportItems(ctx: OrgContext, projectId: string, origin: string, { outstandingOnly }: { outstandingOnly: boolean }) {
  const plan = await loadRemediationPlan(ctx, projectId);
  if (!plan) throw notFound("This project's remediation plan");
  const workspace = `${origin}/o/${ctx.organization.slug}/projects/${projectId}`;
  return plan.items
    .filter((item) => item.state !== "resolved" && (!outstandingOnly || isOutstanding(item)))
    .map((item): ExportItem => ({
      key: item.key,
      title: item.title,
      message: item.message,
      remediation: item.remediation,
      severity: item.severity,
      track: item.track,
      dueDate: item.dueDate,
      status: item.status,
      assigneeEmail: item.assignee?.email ?? null,
      link: `${workspace}#${item.target}`,
    }));
}

export async function planCsv(ctx: OrgContext, projectId: string, origin: string): Promise<string> {
  return planToCsv(await exportItems(ctx, projectId, origin, { outstandingOnly: false }));
}

export async function planIcs(ctx: OrgContext, project: { id: string; name: string }, origin: string, now = new Date()): Promise<string> {
  return planToIcs({
    projectId: project.id,
    projectName: project.name,
    items: await exportItems(ctx, project.id, origin, { outstandingOnly: true }),
    generatedAt: now.toISOString(),
    uidDomain: new URL(origin).hostname,
  });
}
