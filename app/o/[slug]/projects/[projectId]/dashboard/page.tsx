import type { Metadata } from "next";
import { after } from "next/server";
import { ReadinessRadar } from "@/components/dashboard/readiness-radar";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { VerdictHeadline } from "@/components/dashboard/verdict-headline";
import { ExportMenu } from "@/components/project-dashboard/export-menu";
import { FindingsList } from "@/components/project-dashboard/findings-list";
import { PlanSummary } from "@/components/project-dashboard/plan-summary";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { toDocument } from "@/lib/assessments/document";
import { loadProjectSnapshots } from "@/lib/dashboard/queries";
import { findingSubject } from "@/lib/dashboard/finding-subject";
import { planSummary } from "@/lib/integration-plan/plan-summary";
import { rolloutPhasesOf, rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import { workflowStepsOf, workflowSwimlane } from "@/lib/integration-plan/workflow-swimlane";
import { responsibleFor } from "@/lib/dashboard/responsible";
import { verdictSentence } from "@/lib/dashboard/verdict-sentence";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { AREAS, BLOCKING_SCORE_THRESHOLD, evaluate, readinessPercent, ruleTitle, RULESET_VERSION } from "@/lib/readiness";
import { prepareReportRenderer } from "@/lib/reports/render-report";
import { formatDate, snapshotLabel } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "Project dashboard" };

export default async function ProjectDashboardPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const document = toDocument(project, project.assessment ?? { answers: {}, scores: {} });
  const evaluation = evaluate(document, { ruleset: RULESET_VERSION });
  const { summaries, latest } = await loadProjectSnapshots(ctx, project.id);
  const previousScores = latest?.document.scores ?? {};
  const blockers = evaluation.findings.filter((f) => f.severity === "blocker").length;
  const warnings = evaluation.findings.filter((f) => f.severity === "warning").length;
  const workspaceHref = `/o/${ctx.organization.slug}/projects/${project.id}`;
  const format = ctx.organization.dateFormat;
  const today = new Date().toISOString().slice(0, 10);
  const trend = [
    // Chart points are ISO days: the chart formats them (components/dashboard/chart-format.ts).
    ...summaries.map((s) => ({ date: s.createdAt.toISOString().slice(0, 10), index: s.readinessIndex })),
    { date: today, index: evaluation.readinessIndex },
  ];
  const { completeness } = evaluation;
  // This page offers the PDF export: start the render threads once the page has been sent.
  after(() => prepareReportRenderer());
  return (
    <div className="space-y-6">
      <VerdictHeadline
        label="Verdict"
        verdict={evaluation.verdict}
        sentence={verdictSentence({ evaluation, document, projectOwner: project.owner?.name })}
        actions={
          <ExportMenu
            reportUrl={`/api/o/${ctx.organization.slug}/projects/${project.id}/report`}
            defaultPreparedBy={ctx.user.name}
            snapshots={[...summaries].reverse().map((s) => ({ id: s.id, label: `${snapshotLabel(s, { format })} · ${s.verdict}` }))}
          />
        }
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Card className="p-5">
          <p className="text-sm text-fg-muted">Findings</p>
          <p className="mt-1 text-3xl font-bold">{blockers}</p>
          <p className="text-sm text-fg-muted">
            blocker{blockers === 1 ? "" : "s"} · {warnings} warning{warnings === 1 ? "" : "s"}
          </p>
        </Card>
        <Card className="p-5">
          <p className="text-sm text-fg-muted">Completeness</p>
          <p className="mt-1 text-3xl font-bold">
            {completeness.questionsAnswered}/{completeness.questionsTotal}
          </p>
          <p className="text-sm text-fg-muted">
            questions answered · {completeness.areasScored}/{completeness.areasTotal} areas scored · {completeness.planSectionsAnswered}/
            {completeness.planSectionsTotal} plan sections
          </p>
        </Card>
        <Card className="p-5">
          <p className="text-sm text-fg-muted">Readiness index</p>
          <p className="mt-1 text-3xl font-bold">
            {evaluation.readinessIndex?.toFixed(2) ?? "—"}
            {evaluation.readinessIndex === null ? null : (
              <span className="ml-2 text-base font-normal text-fg-muted">{readinessPercent(evaluation.readinessIndex)}%</span>
            )}
          </p>
          {/* One line on what the number is; the verdict above, not the index, decides launch. */}
          <p className="text-sm text-fg-muted">
            {evaluation.readinessIndex === null
              ? "No area scored yet."
              : `The average of the area scores (0–5); every area needs ${BLOCKING_SCORE_THRESHOLD} or more.`}
          </p>
        </Card>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <ReadinessRadar
          areas={AREAS.map((area) => ({
            key: area.key,
            label: area.label,
            current: document.scores?.[area.key]?.score ?? null,
            previous: previousScores[area.key]?.score ?? null,
          }))}
          previousLabel={latest ? `Last snapshot (revision ${latest.number}, ${formatDate(latest.createdAt, { format })})` : undefined}
        />
        <TrendChart
          title="Readiness over time (snapshots, then today's draft)"
          points={summaries.length > 0 ? trend : []}
          dateFormat={format}
        />
      </div>
      <PlanSummary
        summary={planSummary(document.plan, evaluation.findings)}
        roi={evaluation.roi}
        swimlane={workflowSwimlane(workflowStepsOf(document.plan))}
        timeline={rolloutTimeline(rolloutPhasesOf(document.plan), today)}
        workspaceHref={workspaceHref}
        dateFormat={format}
      />
      <FindingsList
        findings={evaluation.findings.map((f) => ({
          ...f,
          title: ruleTitle(f.ruleId),
          subject: findingSubject(f.target, document),
          responsible: responsibleFor(f, document) ?? project.owner?.name ?? null,
        }))}
        workspaceHref={workspaceHref}
        rulesetVersion={evaluation.rulesetVersion}
      />
    </div>
  );
}
