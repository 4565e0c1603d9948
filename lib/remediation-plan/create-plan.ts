import "server-only";
import { db } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import { AppError, notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/organizations/access";
import { generatePlan } from "@/lib/remediation";
import { evaluateDraft } from "@/lib/assessments/evaluation-summary";
import { draftDocument } from "@/lib/assessments/document";
import { recordAudit } from "@/lib/audit/record-audit";
import { dateColumn } from "./columns";
import { insertItems } from "./reconcile-on-save";

/**
 * Makes the project's plan from its draft as it stands: one item per open blocker and warning
 * (and info when asked), due from `startDate`. A project has one plan; a second is a conflict.
 */
export async function createRemediationPlan(ctx: OrgContext, projectId: string, input: { startDate: string; includeInfo: boolean }) {
  assertCan(ctx, "assessments:write");
  if (!isRowId(projectId)) throw notFound("This project");
  return db().$transaction(async (tx) => {
    // Locks the draft: a save waits until the plan and its items exist, then reconciles them.
    const [draft] = await tx.$queryRaw<{ answers: unknown; scores: unknown; plan: unknown; revision: number }[]>`
      SELECT a.answers, a.scores, a.plan, a.revision FROM assessments a JOIN projects p ON p.id = a.project_id
       WHERE a.project_id = ${projectId} AND a.organization_id = ${ctx.organization.id} AND p.archived_at IS NULL
       FOR UPDATE OF a`;
    if (!draft) throw notFound("This project");
    const existing = await tx.remediationPlan.findFirst({
      where: { projectId, organizationId: ctx.organization.id },
      select: { id: true },
    });
    if (existing) throw new AppError("conflict", "This project already has a remediation plan.");
    const plan = await tx.remediationPlan.create({
      data: {
        organizationId: ctx.organization.id,
        projectId,
        startDate: dateColumn(input.startDate),
        includeInfo: input.includeInfo,
        reconciledRevision: draft.revision,
        createdById: ctx.user.id,
      },
    });
    const items = generatePlan({
      evaluation: evaluateDraft(draft),
      document: draftDocument(draft),
      start: input.startDate,
      includeInfo: input.includeInfo,
    });
    await insertItems(tx, ctx, projectId, plan.id, items, new Map(items.map((item, index) => [item.key, index])));
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "remediation_plan",
      entityId: plan.id,
      projectId,
      action: "remediation.plan_created",
      changes: {
        startDate: { before: null, after: input.startDate },
        includeInfo: { before: null, after: input.includeInfo },
        items: { before: null, after: items.length },
      },
    });
    return { planId: plan.id, items: items.length };
  });
}
