import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { errorFields, logger } from "@/lib/observability/logger";
import type { OrgContext } from "@/lib/organizations/access";
import type { Evaluation } from "@/lib/readiness";
import { generatePlan, matchMember, reconcile, type GeneratedItem, type StoredItem } from "@/lib/remediation";
import { draftDocument } from "@/lib/assessments/document";
import { dateColumn, dayOf, storedTrack, storedWindow, trackOf, windowOf } from "./columns";

/** The project's plan as the save reads it with the draft. */
export interface SavedPlan {
  id: string;
  /** YYYY-MM-DD */
  startDate: string;
  includeInfo: boolean;
}

/** The member a new item goes to: the one the answers name, else the project's owner (if still a member). */
async function assigneesFor(tx: DbTx, ctx: OrgContext, projectId: string, items: readonly GeneratedItem[]) {
  if (items.length === 0) return new Map<string, string | null>();
  const [members, project] = await Promise.all([
    tx.membership.findMany({
      where: { organizationId: ctx.organization.id },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    tx.project.findFirst({ where: { id: projectId, organizationId: ctx.organization.id }, select: { ownerId: true } }),
  ]);
  const candidates = members.map((m) => m.user);
  const owner = candidates.some((c) => c.id === project?.ownerId) ? (project?.ownerId ?? null) : null;
  return new Map(items.map((item) => [item.key, (item.suggestedOwner && matchMember(item.suggestedOwner.name, candidates)) ?? owner]));
}

/** A generated item as the row that stores it. */
export function itemRow(
  organizationId: string,
  projectId: string,
  planId: string,
  item: GeneratedItem,
  position: number,
  assigneeId: string | null,
) {
  return {
    organizationId,
    projectId,
    planId,
    key: item.key,
    ruleId: item.ruleId,
    target: item.target,
    severity: item.severity,
    track: storedTrack(item.track) as "launch_gate",
    window: storedWindow(item.window) as "days_1_30",
    title: item.title,
    message: item.message,
    remediation: item.remediation,
    position,
    dueDate: dateColumn(item.dueDate),
    suggestedOwner: item.suggestedOwner?.name ?? null,
    suggestedFrom: item.suggestedOwner?.from ?? null,
    assigneeId,
  };
}

/** Inserts the generated items that are new, with the audit event naming them. */
export async function insertItems(
  tx: DbTx,
  ctx: OrgContext,
  projectId: string,
  planId: string,
  items: readonly GeneratedItem[],
  positions: Map<string, number>,
) {
  if (items.length === 0) return;
  const assignees = await assigneesFor(tx, ctx, projectId, items);
  await tx.remediationItem.createMany({
    data: items.map((item) =>
      itemRow(ctx.organization.id, projectId, planId, item, positions.get(item.key) ?? 0, assignees.get(item.key) ?? null),
    ),
  });
}

/**
 * Brings a plan's items in line with the draft at `revision`: new findings become items,
 * findings gone resolve theirs, findings back reopen them, changed wording is refreshed. What
 * people set (status, assignee, notes, a due date they chose) is never touched. Skipped when
 * the plan was already reconciled with this revision or a newer one, so of two saves racing
 * the newer one's evaluation wins. Every resolve and reopen writes its audit event in the same
 * transaction.
 */
export async function reconcilePlan(
  ctx: OrgContext,
  projectId: string,
  plan: SavedPlan,
  revision: number,
  draft: { answers: unknown; scores: unknown },
  evaluation: Evaluation,
  /** Who made the change: the person who saved, or null when a page catches up on a plan left behind. */
  actorId: string | null = ctx.user.id,
  now = new Date(),
): Promise<{ created: number; resolved: number; reopened: number } | null> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.remediationPlan.updateMany({
      where: { id: plan.id, organizationId: ctx.organization.id, reconciledRevision: { lt: revision } },
      data: { reconciledRevision: revision },
    });
    if (claimed.count === 0) return null;
    const generated = generatePlan({ evaluation, document: draftDocument(draft), start: plan.startDate, includeInfo: plan.includeInfo });
    const rows = await tx.remediationItem.findMany({ where: { planId: plan.id, organizationId: ctx.organization.id } });
    const stored: (StoredItem & { id: string })[] = rows.map((row) => ({
      id: row.id,
      key: row.key,
      status: row.status,
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      severity: row.severity,
      track: trackOf(row.track),
      window: windowOf(row.window),
      title: row.title,
      message: row.message,
      remediation: row.remediation,
      dueDate: dayOf(row.dueDate),
      dueDateSetByPerson: row.dueDateSetByPerson,
    }));
    const changes = reconcile(stored, generated);
    const positions = new Map(generated.map((item, index) => [item.key, index]));
    const idOf = new Map(stored.map((item) => [item.key, item.id]));
    await insertItems(tx, ctx, projectId, plan.id, changes.create, positions);
    if (changes.resolve.length > 0) {
      await tx.remediationItem.updateMany({
        where: { planId: plan.id, key: { in: changes.resolve }, resolvedAt: null },
        data: { resolvedAt: now, resolvedById: actorId, resolvedRevision: revision },
      });
    }
    if (changes.reopen.length > 0) {
      await tx.remediationItem.updateMany({
        where: { planId: plan.id, key: { in: changes.reopen } },
        data: { resolvedAt: null, resolvedById: null, resolvedRevision: null },
      });
    }
    for (const refresh of changes.refresh) {
      const { key, track, window, dueDate, ...fields } = refresh;
      await tx.remediationItem.update({
        where: { id: idOf.get(key)! },
        data: {
          ...fields,
          ...(track ? { track: storedTrack(track) as "launch_gate" } : {}),
          ...(window ? { window: storedWindow(window) as "days_1_30" } : {}),
          ...(dueDate ? { dueDate: dateColumn(dueDate) } : {}),
        },
      });
    }
    const titleOf = new Map([...stored, ...changes.create].map((item) => [item.key, item.title]));
    const events = [
      ...changes.create.map((item) => ({ key: item.key, action: "remediation.item_added", id: null as string | null })),
      ...changes.resolve.map((key) => ({ key, action: "remediation.item_resolved", id: idOf.get(key)! })),
      ...changes.reopen.map((key) => ({ key, action: "remediation.item_reopened", id: idOf.get(key)! })),
    ];
    if (events.length > 0) {
      const created = await tx.remediationItem.findMany({
        where: { planId: plan.id, key: { in: changes.create.map((i) => i.key) } },
        select: { id: true, key: true },
      });
      const createdIds = new Map(created.map((c) => [c.key, c.id]));
      await tx.auditEvent.createMany({
        data: events.map((event) => ({
          organizationId: ctx.organization.id,
          actorId,
          entityType: "remediation_item",
          entityId: event.id ?? createdIds.get(event.key)!,
          projectId,
          action: event.action,
          changes: {
            item: { before: null, after: titleOf.get(event.key) ?? event.key },
            key: { before: null, after: event.key },
            revision: { before: null, after: revision },
          },
          createdAt: now,
        })),
      });
    }
    return { created: changes.create.length, resolved: changes.resolve.length, reopened: changes.reopen.length };
  });
}

/**
 * Called by a save once the draft is written. The draft is committed first: a failure here
 * leaves the plan one revision behind, and the next save or the plan page reconciles it
 * (reconciledRevision says it is behind), so a plan problem never loses a save.
 */
export async function reconcileAfterSave(
  ctx: OrgContext,
  projectId: string,
  plan: SavedPlan,
  revision: number,
  draft: { answers: unknown; scores: unknown },
  evaluation: Evaluation,
): Promise<void> {
  try {
    await reconcilePlan(ctx, projectId, plan, revision, draft, evaluation);
  } catch (error) {
    logger().error(
      { ...errorFields(error), projectId, event: "remediation.reconcile_failed" },
      "remediation plan not reconciled after a save",
    );
  }
}
