import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CreatePlanForm } from "@/components/remediation/create-plan-form";
import { PlanItemCard, type ItemEditing } from "@/components/remediation/plan-item-card";
import { StartDateForm } from "@/components/remediation/start-date-form";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { addDays, REMEDIATION_WINDOWS, WINDOW_LABELS, WINDOW_LAST_DAY_OFFSET } from "@/lib/remediation";
import { loadRemediationPlan, type PlanItemView } from "@/lib/remediation-plan/queries";
import { UNASSIGNED } from "@/lib/remediation-plan/schema";
import { summarizePlan } from "@/lib/remediation-plan/plan-summary";
import { formatDate } from "@/lib/utils/format-date";
import { createPlanAction, setPlanStartAction, updatePlanItemAction } from "./actions";

export const metadata: Metadata = { title: "Remediation plan" };

const BOARD_COLUMNS = [
  { key: "open", label: "Open", states: ["open", "still_firing"] },
  { key: "in_progress", label: "In progress", states: ["in_progress"] },
  { key: "done", label: "Done", states: ["done"] },
  { key: "resolved", label: "Resolved by a save", states: ["resolved"] },
] as const;

export default async function RemediationPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; projectId: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}) {
  const [{ slug, projectId }, { view }] = await Promise.all([params, searchParams]);
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const plan = await loadRemediationPlan(ctx, project.id);
  const canWrite = can(ctx.role, "assessments:write") && !project.archivedAt;
  const today = new Date().toISOString().slice(0, 10);
  const format = ctx.organization.dateFormat;
  const base = `/o/${ctx.organization.slug}/projects/${project.id}`;
  const api = `/api/o/${ctx.organization.slug}/projects/${project.id}/plan`;

  if (!plan) {
    return (
      <Card>
        <h2 className="text-lg font-semibold">90-day remediation plan</h2>
        <p className="mt-1 max-w-2xl text-sm text-fg-muted">
          Turns every open blocker and warning of the current draft into owned, dated work: blockers within the first 30 days, warnings in
          their track&apos;s window (safe writes, then semantics, then observability). Items close themselves when a save makes their
          finding disappear.
        </p>
        {canWrite ? (
          <CreatePlanForm orgSlug={ctx.organization.slug} projectId={project.id} defaultStart={today} action={createPlanAction} />
        ) : (
          <p className="mt-4 text-sm">No plan yet. An editor or owner can create one.</p>
        )}
      </Card>
    );
  }

  const summary = summarizePlan(plan.items, today);
  const editing: ItemEditing | null = canWrite
    ? {
        orgSlug: ctx.organization.slug,
        projectId: project.id,
        members: plan.members,
        unassignedValue: UNASSIGNED,
        action: updatePlanItemAction,
      }
    : null;
  const board = view === "board";
  const card = (item: PlanItemView) => (
    <PlanItemCard key={item.id} item={item} today={today} dateFormat={format} workspaceHref={base} editing={board ? null : editing} />
  );
  const figures = [
    { label: "Open", value: summary.open },
    { label: "Open blockers", value: summary.openBlockers },
    { label: "Overdue", value: summary.overdue },
    { label: "Due in 7 days", value: summary.dueThisWeek },
    { label: "Resolved by saves", value: summary.resolved },
  ];
  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h2 className="text-lg font-semibold">90-day remediation plan</h2>
            <p className="mt-1 text-sm text-fg-muted">
              Day 1 is {formatDate(plan.startDate, { format })}; day 90 is {formatDate(addDays(plan.startDate, 89), { format })}.
            </p>
          </div>
          <div className="flex flex-wrap gap-2 text-sm">
            <a href={`${api}/csv`} className="rounded-md border border-border px-3 py-2 font-medium" download>
              CSV for Jira or Asana
            </a>
            <a href={`${api}/ics`} className="rounded-md border border-border px-3 py-2 font-medium" download>
              Due dates (.ics)
            </a>
          </div>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-md border border-border p-3">
              <dt className="text-xs text-fg-muted">{figure.label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{figure.value}</dd>
            </div>
          ))}
        </dl>
        {canWrite ? (
          <StartDateForm orgSlug={ctx.organization.slug} projectId={project.id} startDate={plan.startDate} action={setPlanStartAction} />
        ) : null}
        <nav aria-label="Plan view" className="flex gap-2 text-sm">
          <Link
            href={`${base}/plan`}
            aria-current={board ? undefined : "page"}
            className="rounded-md px-3 py-1.5 aria-[current=page]:bg-surface-muted aria-[current=page]:font-semibold"
          >
            By window
          </Link>
          <Link
            href={`${base}/plan?view=board`}
            aria-current={board ? "page" : undefined}
            className="rounded-md px-3 py-1.5 aria-[current=page]:bg-surface-muted aria-[current=page]:font-semibold"
          >
            Board by status
          </Link>
        </nav>
      </Card>

      {plan.items.length === 0 ? (
        <Card>
          <p className="text-sm">No open findings: nothing to plan. New findings become items as the draft is saved.</p>
        </Card>
      ) : board ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {BOARD_COLUMNS.map((column) => {
            const items = plan.items.filter((item) => (column.states as readonly string[]).includes(item.state));
            return (
              <Card key={column.key}>
                <h2 className="font-semibold">
                  {column.label} ({items.length})
                </h2>
                <ul className="divide-y divide-border">{items.map(card)}</ul>
              </Card>
            );
          })}
        </div>
      ) : (
        REMEDIATION_WINDOWS.map((window) => {
          const items = plan.items.filter((item) => item.window === window);
          return (
            <Card key={window}>
              <h2 className="font-semibold">
                {WINDOW_LABELS[window]} · until {formatDate(addDays(plan.startDate, WINDOW_LAST_DAY_OFFSET[window]), { format })} (
                {items.length})
              </h2>
              {items.length === 0 ? (
                <p className="mt-2 text-sm text-fg-muted">Nothing in this window.</p>
              ) : (
                <ul className="divide-y divide-border">{items.map(card)}</ul>
              )}
            </Card>
          );
        })
      )}
    </div>
  );
}
