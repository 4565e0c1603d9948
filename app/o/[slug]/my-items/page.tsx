import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { ENUM_LABELS, TRACK_LABELS } from "@/lib/readiness/client";
import { addDays, STATUS_LABELS } from "@/lib/remediation";
import { loadMyItems, type MyItemView } from "@/lib/remediation-plan/queries";
import { formatDate } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "My items" };

const SEVERITY_TONE = { blocker: "danger", warning: "warning", info: "neutral" } as const;

/** Remediation work assigned to the signed-in member, across the organization's projects: late first, then this week, then later. */
export default async function MyItemsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const today = new Date().toISOString().slice(0, 10);
  const { items, counts } = await loadMyItems(ctx, today);
  const weekEnd = addDays(today, 7);
  const groups: { title: string; total: number; items: MyItemView[] }[] = [
    { title: "Overdue", total: counts.overdue, items: items.filter((item) => item.dueDate < today) },
    {
      title: "Due in the next 7 days",
      total: counts.dueThisWeek,
      items: items.filter((item) => item.dueDate >= today && item.dueDate <= weekEnd),
    },
    { title: "Later", total: counts.later, items: items.filter((item) => item.dueDate > weekEnd) },
  ];
  const base = `/o/${ctx.organization.slug}/projects`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">My items</h1>
        <p className="mt-1 text-sm text-fg-muted">
          Remediation work assigned to you in {ctx.organization.name}, from every project&apos;s 90-day plan. Items leave this list when you
          mark them done or when a save makes their finding disappear.
        </p>
        {counts.total > items.length ? (
          <p className="mt-1 text-sm" data-testid="my-items-shown">
            Showing the {items.length} due soonest of {counts.total}; every project&apos;s plan lists all of its items.
          </p>
        ) : null}
      </div>
      {items.length === 0 ? (
        <Card>
          <p className="text-sm">Nothing assigned to you right now.</p>
        </Card>
      ) : (
        groups.map((group) =>
          group.total === 0 ? null : (
            <Card key={group.title}>
              <h2 className="font-semibold">
                {group.title} ({group.total})
              </h2>
              <ul className="divide-y divide-border">
                {group.items.map((item) => (
                  <li key={item.id} className="py-3 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={SEVERITY_TONE[item.severity]}>{ENUM_LABELS.severity[item.severity]}</Badge>
                      <span className="text-xs text-fg-muted">
                        {TRACK_LABELS[item.track]} · {STATUS_LABELS[item.status]} · due{" "}
                        {formatDate(item.dueDate, { format: ctx.organization.dateFormat })}
                      </span>
                    </div>
                    <p className="mt-1 font-medium break-words">{item.title}</p>
                    <p className="mt-1 break-words text-fg-muted">{item.message}</p>
                    <Link href={`${base}/${item.projectId}/plan`} className="mt-1 inline-block text-accent underline">
                      {item.projectName}: open the plan
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          ),
        )
      )}
    </div>
  );
}
