import "server-only";
import { db } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import { notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/organizations/access";
import { dueDateFor, launchDateOf } from "@/lib/remediation";
import { draftDocument } from "@/lib/assessments/document";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn, dayOf, windowOf } from "./columns";

/**
 * Moves the plan's day 1. Due dates follow, except those a person chose; the audit event
 * records the move and how many due dates moved with it.
 */
export async function setRemediationStart(ctx: OrgContext, projectId: string, startDate: string) {
  assertCan(ctx, "assessments:write");
  if (!isRowId(projectId)) throw notFound("This project");
  return db().$transaction(async (tx) => {
    const plan = await tx.remediationPlan.findFirst({ where: { projectId, organizationId: ctx.organization.id } });
    if (!plan) throw notFound("This plan");
    const before = dayOf(plan.startDate);
    if (before === startDate) return { moved: 0 };
    const draft = await tx.assessment.findFirstOrThrow({
      where: { projectId, organizationId: ctx.organization.id },
      select: { answers: true, scores: true, plan: true },
    });
    const launch = launchDateOf(draftDocument(draft));
    await tx.remediationPlan.update({ where: { id: plan.id }, data: { startDate: dateColumn(startDate), revision: { increment: 1 } } });
    const items = await tx.remediationItem.findMany({ where: { planId: plan.id, dueDateSetByPerson: false } });
    let moved = 0;
    for (const item of items) {
      const due = dueDateFor(windowOf(item.window), item.severity, startDate, launch);
      if (due === dayOf(item.dueDate)) continue;
      await tx.remediationItem.update({ where: { id: item.id }, data: { dueDate: dateColumn(due) } });
      moved += 1;
    }
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "remediation_plan",
      entityId: plan.id,
      projectId,
      action: "remediation.start_moved",
      changes: { startDate: { before, after: startDate }, dueDatesMoved: { before: null, after: moved } },
    });
    return { moved };
  });
}
