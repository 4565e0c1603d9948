import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { getBranding } from "@/lib/organizations/branding";
import { getProject } from "@/lib/projects/queries";
import { loadRemediationPlan } from "@/lib/remediation-plan/queries";
import { evaluate, RULESET_VERSION } from "@/lib/readiness";
import type { ReportInput, ReportRemediation } from "@/lib/reports/render-report";
import { toDocument } from "./document";
import { readSnapshot } from "./snapshot-read";

const asStored = (row: { createdAt: Date; document: unknown; evaluation: unknown }) => ({
  ...readSnapshot(row),
  createdAt: row.createdAt.toISOString(),
});

/**
 * The project's remediation plan as it stands now, or null when it has none. The plan is live
 * work, not part of a snapshot: a snapshot's report shows today's plan, dated today (`asOf`),
 * and its cached PDF is keyed on it (report-cache.ts), so a changed plan gives a new PDF.
 */
async function remediationOf(ctx: OrgContext, projectId: string, now: Date): Promise<ReportRemediation | null> {
  const plan = await loadRemediationPlan(ctx, projectId);
  if (!plan) return null;
  return {
    startDate: plan.startDate,
    asOf: now.toISOString().slice(0, 10),
    items: plan.items.map((item) => ({
      title: item.title,
      target: item.target,
      severity: item.severity,
      track: item.track,
      window: item.window,
      dueDate: item.dueDate,
      owner: item.assignee ? item.assignee.name.trim() || item.assignee.email : null,
      status: item.status,
      state: item.state,
    })),
  };
}

/**
 * Everything a report needs. A snapshot's report comes only from the snapshot (its stored
 * document and evaluation, dated by the snapshot), so it renders the same in a year; the
 * draft's is judged now. "Previous" is the snapshot before, for the changes appendix. The
 * remediation plan is the exception: it is read now for both (see `remediationOf`).
 */
export async function loadReportInput(
  ctx: OrgContext,
  projectId: string,
  source: string,
  preparedBy: string,
  now = new Date(),
): Promise<ReportInput> {
  const [project, branding] = await Promise.all([getProject(ctx, projectId), getBranding(ctx)]);
  const organization = {
    name: branding.name,
    accentColor: branding.accentColor,
    paperSize: branding.paperSize,
    dateFormat: branding.dateFormat,
    logo:
      branding.logo && branding.logoMimeType
        ? { data: new Uint8Array(branding.logo), mimeType: branding.logoMimeType as "image/png" | "image/jpeg" }
        : null,
  };
  const snapshotWhere = { organizationId: ctx.organization.id, projectId: project.id };
  const full = { createdAt: true, document: true, evaluation: true } as const;
  if (source === "draft") {
    const document = toDocument(project, project.assessment ?? { answers: {}, scores: {} });
    const [previous, remediation] = await Promise.all([
      db().snapshot.findFirst({ where: snapshotWhere, orderBy: { createdAt: "desc" }, select: full }),
      remediationOf(ctx, project.id, now),
    ]);
    return {
      organization,
      project: { name: project.name },
      source: { kind: "draft", revision: project.assessment?.revision ?? 0 },
      document,
      evaluation: evaluate(document, { ruleset: RULESET_VERSION }),
      previous: previous ? asStored(previous) : null,
      preparedBy,
      generatedAt: now.toISOString(),
      remediation,
    };
  }
  const snapshot = await db().snapshot.findFirst({
    where: { ...snapshotWhere, id: source },
    select: { id: true, ...full, createdBy: { select: { name: true } } },
  });
  if (!snapshot) throw notFound("This snapshot");
  const [previous, remediation] = await Promise.all([
    db().snapshot.findFirst({
      where: { ...snapshotWhere, createdAt: { lt: snapshot.createdAt } },
      orderBy: { createdAt: "desc" },
      select: full,
    }),
    remediationOf(ctx, project.id, now),
  ]);
  const stored = asStored(snapshot);
  return {
    organization,
    project: { name: stored.document.project?.name ?? project.name },
    source: { kind: "snapshot", id: snapshot.id, createdAt: stored.createdAt, submittedBy: snapshot.createdBy?.name ?? null },
    document: stored.document,
    evaluation: stored.evaluation,
    previous: previous ? asStored(previous) : null,
    preparedBy,
    generatedAt: stored.createdAt,
    remediation,
  };
}
