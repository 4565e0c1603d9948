import type { Metadata } from "next";
import { after } from "next/server";
import { ReadinessRadar } from "@/components/dashboard/readiness-radar";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { FindingsList } from "@/components/project-dashboard/findings-list";
import { ReportDownload } from "@/components/project-dashboard/report-download";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { toDocument } from "@/lib/assessments/document";
import { loadProjectSnapshots } from "@/lib/dashboard/queries";
import { responsibleFor } from "@/lib/dashboard/responsible";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { AREAS, evaluate, readinessPercent, RULESET_VERSION, type AssessmentDocument } from "@/lib/readiness";
import { prepareReportRenderer } from "@/lib/reports/render-report";

export const metadata: Metadata = { title: "Project dashboard" };

export default async function ProjectDashboardPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const document = toDocument(project, project.assessment ?? { answers: {}, scores: {} });
  const evaluation = evaluate(document, { ruleset: RULESET_VERSION });
  const { summaries, latest } = await loadProjectSnapshots(ctx, project.id);
  const previousScores = (latest?.document as AssessmentDocument | undefined)?.scores ?? {};
  const blockers = evaluation.findings.filter((f) => f.severity === "blocker").length;
  const warnings = evaluation.findings.filter((f) => f.severity === "warning").length;
  const workspaceHref = `/o/${ctx.organization.slug}/projects/${project.id}`;
  const trend = [
    ...summaries.map((s) => ({ date: s.createdAt.toISOString().slice(0, 10), index: s.readinessIndex })),
    { date: new Date().toISOString().slice(0, 10), index: evaluation.readinessIndex },
  ];
  const { completeness } = evaluation;
  // This page offers the PDF export: start the render threads once the page has been sent.
  after(() => prepareReportRenderer());
  return (
    <div className="space-y-6">
      <ReportDownload
        reportUrl={`/api/o/${ctx.organization.slug}/projects/${project.id}/report`}
        defaultPreparedBy={ctx.user.name}
        snapshots={[...summaries].reverse().map((s) => ({ id: s.id, label: `Snapshot of ${s.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC · ${s.verdict}` }))}
      />
      <div className="grid gap-4 md:grid-cols-4">
        <Card>
          <p className="text-sm text-fg-muted">Verdict</p>
          <div className="mt-2 text-lg" data-testid="dashboard-verdict" data-verdict={evaluation.verdict}>
            <VerdictBadge verdict={evaluation.verdict} />
          </div>
        </Card>
        <Card>
          <p className="text-sm text-fg-muted">Readiness index</p>
          <p className="mt-1 text-3xl font-bold">{evaluation.readinessIndex?.toFixed(2) ?? "—"}</p>
          <p className="text-sm text-fg-muted">{evaluation.readinessIndex === null ? "No area scored yet" : `${readinessPercent(evaluation.readinessIndex)}% · a blocker gates launch whatever the index`}</p>
        </Card>
        <Card>
          <p className="text-sm text-fg-muted">Findings</p>
          <p className="mt-1 text-3xl font-bold">{blockers}</p>
          <p className="text-sm text-fg-muted">
            blocker{blockers === 1 ? "" : "s"} · {warnings} warning{warnings === 1 ? "" : "s"}
          </p>
        </Card>
        <Card>
          <p className="text-sm text-fg-muted">Completeness</p>
          <p className="mt-1 text-3xl font-bold">
            {completeness.questionsAnswered}/{completeness.questionsTotal}
          </p>
          <p className="text-sm text-fg-muted">
            questions answered · {completeness.areasScored}/{completeness.areasTotal} areas scored
          </p>
        </Card>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <ReadinessRadar
          areas={AREAS.map((area) => ({ key: area.key, label: area.label, current: document.scores?.[area.key]?.score ?? null, previous: previousScores[area.key]?.score ?? null }))}
          previousLabel={latest ? `Last snapshot (${latest.createdAt.toISOString().slice(0, 10)})` : undefined}
        />
        <TrendChart title="Readiness over time (snapshots, then today's draft)" points={summaries.length > 0 ? trend : []} />
      </div>
      <FindingsList findings={evaluation.findings.map((f) => ({ ...f, responsible: responsibleFor(f, document) }))} workspaceHref={workspaceHref} />
    </div>
  );
}
