import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RulesetChangePanel } from "@/components/projects/ruleset-change";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { getSnapshot, snapshotRulesetChange } from "@/lib/assessments/snapshots";
import { AppError } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { SEVERITIES, ENUM_LABELS } from "@/lib/readiness";
import { formatDateTime } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "Snapshot" };

async function snapshotOr404(ctx: OrgContext, projectId: string, snapshotId: string) {
  try {
    return await getSnapshot(ctx, projectId, snapshotId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** One snapshot: the verdict it was given, by which ruleset, and what the app's ruleset would change about it. */
export default async function SnapshotPage({ params }: { params: Promise<{ slug: string; projectId: string; snapshotId: string }> }) {
  const { slug, projectId, snapshotId } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const snapshot = await snapshotOr404(ctx, project.id, snapshotId);
  const change = snapshotRulesetChange(snapshot);
  const { evaluation } = snapshot;
  const counts = SEVERITIES.map(
    (s) => `${evaluation.findings.filter((f) => f.severity === s).length} ${ENUM_LABELS.severity[s].toLowerCase()}`,
  );
  const base = `/o/${ctx.organization.slug}/projects/${project.id}/snapshots`;
  return (
    <div className="space-y-6">
      <Card className="space-y-2">
        <h2 className="text-lg font-semibold">Revision {snapshot.number}</h2>
        <p className="text-sm text-fg-muted">
          Submitted {formatDateTime(snapshot.createdAt, { format: ctx.organization.dateFormat, seconds: true })} by{" "}
          {snapshot.createdBy?.name ?? "a former member"}; judged by ruleset {snapshot.rulesetVersion}.
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <VerdictBadge verdict={evaluation.verdict} />
          <span>{counts.join(" · ")}</span>
        </p>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link className="text-accent underline" href={`${base}/compare?a=${snapshot.id}&b=draft`}>
            Compare with the current draft
          </Link>
          <Link className="text-accent underline" href={base}>
            All snapshots
          </Link>
        </p>
      </Card>
      {change ? <RulesetChangePanel change={change} /> : null}
    </div>
  );
}
