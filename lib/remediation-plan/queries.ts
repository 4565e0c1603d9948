import "server-only";
import { db, sql } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import { notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { addDays, displayState, generatePlan, type ItemStatus, type RemediationWindow } from "@/lib/remediation";
import type { Severity, Track } from "@/lib/readiness";
import { evaluateDraft } from "@/lib/assessments/evaluation-summary";
import { draftDocument } from "@/lib/assessments/document";
import { dayOf, trackOf, windowOf } from "./columns";
import { reconcilePlan } from "./reconcile-on-save";

export interface PlanItemView {
  id: string;
  key: string;
  ruleId: string;
  target: string;
  severity: Severity;
  track: Track;
  window: RemediationWindow;
  title: string;
  message: string;
  remediation: string;
  dueDate: string;
  dueDateSetByPerson: boolean;
  suggestedOwner: string | null;
  suggestedFrom: string | null;
  assignee: { id: string; name: string; email: string } | null;
  status: ItemStatus;
  /** What the plan shows: the person's status, or "resolved" (finding gone), or "still_firing" (done, finding there). */
  state: ItemStatus | "resolved" | "still_firing";
  notes: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedRevision: number | null;
  revision: number;
}

export interface PlanView {
  id: string;
  startDate: string;
  includeInfo: boolean;
  items: PlanItemView[];
  members: { id: string; name: string; email: string }[];
}

const ITEM_INCLUDE = {
  assignee: { select: { id: true, name: true, email: true } },
  resolvedBy: { select: { name: true } },
} as const;

/**
 * The project's plan with its items in plan order, or null when it has none. A plan behind the
 * draft (a reconcile that failed after a save) is brought up to date first.
 */
export async function loadRemediationPlan(ctx: OrgContext, projectId: string): Promise<PlanView | null> {
  if (!isRowId(projectId)) throw notFound("This project");
  const where = { projectId, organizationId: ctx.organization.id };
  const [plan, draft] = await Promise.all([
    db().remediationPlan.findFirst({ where }),
    db().assessment.findFirst({ where, select: { answers: true, scores: true, plan: true, revision: true } }),
  ]);
  if (!plan || !draft) return null;
  const evaluation = evaluateDraft(draft);
  const startDate = dayOf(plan.startDate);
  if (draft.revision > plan.reconciledRevision) {
    // Caught up by whoever opens the plan, recorded as the system's doing rather than theirs.
    await reconcilePlan(ctx, projectId, { id: plan.id, startDate, includeInfo: plan.includeInfo }, draft.revision, draft, evaluation, null);
  }
  const currentKeys = new Set(
    generatePlan({ evaluation, document: draftDocument(draft), start: startDate, includeInfo: plan.includeInfo }).map((i) => i.key),
  );
  const [items, members] = await Promise.all([
    db().remediationItem.findMany({
      where: { planId: plan.id, organizationId: ctx.organization.id },
      include: ITEM_INCLUDE,
      orderBy: [{ position: "asc" }, { key: "asc" }],
    }),
    db().membership.findMany({
      where: { organizationId: ctx.organization.id },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  return {
    id: plan.id,
    startDate,
    includeInfo: plan.includeInfo,
    members: members.map((m) => m.user),
    items: items.map((item) => {
      const resolvedAt = item.resolvedAt?.toISOString() ?? null;
      return {
        id: item.id,
        key: item.key,
        ruleId: item.ruleId,
        target: item.target,
        severity: item.severity,
        track: trackOf(item.track),
        window: windowOf(item.window),
        title: item.title,
        message: item.message,
        remediation: item.remediation,
        dueDate: dayOf(item.dueDate),
        dueDateSetByPerson: item.dueDateSetByPerson,
        suggestedOwner: item.suggestedOwner,
        suggestedFrom: item.suggestedFrom,
        assignee: item.assignee,
        status: item.status,
        state: displayState({ key: item.key, status: item.status, resolvedAt }, currentKeys),
        notes: item.notes,
        resolvedAt,
        resolvedBy: item.resolvedBy?.name ?? null,
        resolvedRevision: item.resolvedRevision,
        revision: item.revision,
      };
    }),
  };
}

export interface MyItemView {
  id: string;
  projectId: string;
  projectName: string;
  title: string;
  message: string;
  severity: Severity;
  track: Track;
  dueDate: string;
  status: ItemStatus;
}

export interface MyItems {
  /** The ones due soonest, at most `limit`. */
  items: MyItemView[];
  counts: { overdue: number; dueThisWeek: number; later: number; total: number };
}

const MY_ITEMS_WHERE = (ctx: OrgContext) => ({
  organizationId: ctx.organization.id,
  assigneeId: ctx.user.id,
  resolvedAt: null,
  status: { not: "done" as const },
  project: { archivedAt: null },
});

/**
 * Open work assigned to the signed-in member across the organization's active projects: the
 * `limit` due soonest, and how many are late, due this week and later in all (one aggregate),
 * so a member with thousands of items gets a page as quick as one with ten.
 */
export async function loadMyItems(ctx: OrgContext, today: string, limit = 100): Promise<MyItems> {
  const weekEnd = addDays(today, 7);
  const [items, counts] = await Promise.all([
    db().remediationItem.findMany({
      where: MY_ITEMS_WHERE(ctx),
      select: {
        id: true,
        projectId: true,
        title: true,
        message: true,
        severity: true,
        track: true,
        dueDate: true,
        status: true,
        project: { select: { name: true } },
      },
      orderBy: [{ dueDate: "asc" }, { severity: "asc" }, { id: "asc" }],
      take: limit,
    }),
    sql<{ overdue: number; due_soon: number; later: number }>(
      "remediation-my-item-counts",
      `SELECT count(*) FILTER (WHERE i.due_date < $3::date)::int AS overdue,
              count(*) FILTER (WHERE i.due_date >= $3::date AND i.due_date <= $4::date)::int AS due_soon,
              count(*) FILTER (WHERE i.due_date > $4::date)::int AS later
         FROM remediation_items i JOIN projects p ON p.id = i.project_id AND p.archived_at IS NULL
        WHERE i.organization_id = $1 AND i.assignee_id = $2 AND i.resolved_at IS NULL AND i.status <> 'done'`,
      [ctx.organization.id, ctx.user.id, today, weekEnd],
    ),
  ]);
  const { overdue = 0, due_soon: dueThisWeek = 0, later = 0 } = counts[0] ?? {};
  return {
    items: items.map((item) => ({
      id: item.id,
      projectId: item.projectId,
      projectName: item.project.name,
      title: item.title,
      message: item.message,
      severity: item.severity,
      track: trackOf(item.track),
      dueDate: dayOf(item.dueDate),
      status: item.status,
    })),
    counts: { overdue, dueThisWeek, later, total: overdue + dueThisWeek + later },
  };
}
