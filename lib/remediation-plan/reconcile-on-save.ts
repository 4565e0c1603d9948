import "server-only";
import { db, type DbTx } from "@/lib/db/client";
import { errorFields, logger } from "@/lib/observability/logger";
import type { OrgContext } from "@/lib/organizations/access";
import type { AnyEvaluation } from "@/lib/readiness";
import { generatePlan, matchMember, type GeneratedItem } from "@/lib/remediation";
import { draftDocument, type StoredDraft } from "@/lib/assessments/document";
import { dateColumn, storedTrack, storedWindow } from "./columns";
import { runReconcileStatement } from "./reconcile-statement";

/** The project's plan as the save reads it with the draft. */
export interface SavedPlan {
  id: string;
  /** The keys of its items when the caller read them already (a save reads them with the draft). */
  keys?: readonly string[];
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
 * the newer one's evaluation wins. One statement (reconcile-statement.ts) does the writes and
 * their audit events together; `knownKeys` (the plan's item keys, read with the draft by a
 * save) spares a read, and members are read only when a finding is new.
 */
export async function reconcilePlan(
  ctx: OrgContext,
  projectId: string,
  plan: SavedPlan,
  revision: number,
  draft: StoredDraft,
  evaluation: AnyEvaluation,
  /** Who made the change: the person who saved, or null when a page catches up on a plan left behind. */
  actorId: string | null = ctx.user.id,
  now = new Date(),
): Promise<{ created: number; resolved: number; reopened: number } | null> {
  const generated = generatePlan({ evaluation, document: draftDocument(draft), start: plan.startDate, includeInfo: plan.includeInfo });
  const known = new Set(
    plan.keys ??
      (await db().remediationItem.findMany({ where: { planId: plan.id, organizationId: ctx.organization.id }, select: { key: true } })).map(
        (row) => row.key,
      ),
  );
  const fresh = generated.filter((item) => !known.has(item.key));
  const assignees = await assigneesFor(db(), ctx, projectId, fresh);
  return runReconcileStatement({
    organizationId: ctx.organization.id,
    projectId,
    planId: plan.id,
    revision,
    actorId,
    now,
    generated,
    assignees,
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
  draft: StoredDraft,
  evaluation: AnyEvaluation,
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
