/**
 * The integration plan on the project dashboard (issue #17): the figures at a glance, the
 * KPI table, the workflow swimlane and the rollout timeline. A section declared not
 * applicable shows its reason instead; an empty plan gets a short invitation to the
 * workspace. Server component: every layout is computed in lib/integration-plan.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { RolloutTimeline } from "@/components/plan/rollout-timeline";
import { WorkflowSwimlane } from "@/components/plan/workflow-swimlane";
import { Card } from "@/components/ui/card";
import type { PlanSummary as PlanSummaryModel } from "@/lib/integration-plan/plan-summary";
import type { RolloutTimeline as TimelineModel } from "@/lib/integration-plan/rollout-timeline";
import type { WorkflowSwimlane as SwimlaneModel } from "@/lib/integration-plan/workflow-swimlane";
import type { PlanSectionKey, RoiFigures } from "@/lib/readiness/client";
import type { DateFormat } from "@/lib/utils/format-date";
import { ExceptionFigure, Figure, KpiTable, MappingFigure, NotApplicable, RoiFigure, RolloutFigure } from "./plan-figures";

export interface PlanSummaryProps {
  summary: PlanSummaryModel;
  roi: RoiFigures | null;
  swimlane: SwimlaneModel;
  timeline: TimelineModel;
  workspaceHref: string;
  dateFormat: DateFormat;
}

function Subsection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A section's content, else the reason it does not apply, else a line saying it is still empty. */
function SectionBody({ reason, missing, children }: { reason: string | null; missing: string | null; children: ReactNode }) {
  if (reason !== null) return <NotApplicable reason={reason} />;
  if (missing !== null) return <p className="text-sm text-fg-muted">No {missing} in the plan yet.</p>;
  return children;
}

export function PlanSummary({ summary, roi, swimlane, timeline, workspaceHref, dateFormat }: PlanSummaryProps) {
  const heading = (
    <h2 id="plan-summary-title" className="text-lg font-semibold">
      Integration plan
    </h2>
  );
  if (summary.empty) {
    return (
      <Card aria-labelledby="plan-summary-title" data-testid="plan-summary">
        {heading}
        <p className="mt-2 text-sm text-fg-muted">
          No integration plan yet: map the workflow, the fields, the failure cases and the rollout so the launch can be judged on them.
        </p>
        <Link href={workspaceHref} className="mt-3 inline-block text-sm font-medium text-accent underline">
          Start the plan in the workspace
        </Link>
      </Card>
    );
  }
  const reason = (key: PlanSectionKey) => summary.notApplicable.find((section) => section.key === key)?.reason ?? null;
  const roiReason = reason("roi");
  const workflowReason = reason("workflowMap");
  const rolloutReason = reason("rollout");
  const kpiReason = reason("kpis");
  return (
    <Card aria-labelledby="plan-summary-title" className="space-y-6" data-testid="plan-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        {heading}
        <Link href={workspaceHref} className="text-sm text-accent underline print:hidden">
          Edit in the workspace
        </Link>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Figure title="Field mappings">
          {summary.mappings === null ? (
            <NotApplicable reason={reason("fieldMappings") ?? ""} />
          ) : (
            <MappingFigure mappings={summary.mappings} />
          )}
        </Figure>
        <Figure title="Exceptions and bad data">
          {summary.exceptions === null ? (
            <NotApplicable reason={reason("exceptions") ?? ""} />
          ) : (
            <ExceptionFigure exceptions={summary.exceptions} />
          )}
        </Figure>
        <Figure title="Rollout">
          {rolloutReason === null ? <RolloutFigure timeline={timeline} /> : <NotApplicable reason={rolloutReason} />}
        </Figure>
        <Figure title="Automation ROI">
          {roiReason !== null ? (
            <NotApplicable reason={roiReason} />
          ) : roi === null ? (
            <p className="text-fg-muted">
              Not computed: the plan needs all five ROI figures (runs, minutes saved, hourly cost, build and running cost).
            </p>
          ) : (
            <RoiFigure roi={roi} />
          )}
        </Figure>
      </div>
      <Subsection id="plan-kpis" title="KPIs: baseline → target">
        <SectionBody reason={kpiReason} missing={summary.kpis === null || summary.kpis.length === 0 ? "KPIs" : null}>
          <KpiTable kpis={summary.kpis ?? []} />
        </SectionBody>
      </Subsection>
      <Subsection id="plan-workflow" title="Workflow map">
        <SectionBody reason={workflowReason} missing={swimlane.nodes.length === 0 ? "workflow steps" : null}>
          <WorkflowSwimlane model={swimlane} id="dashboard-swimlane" />
        </SectionBody>
      </Subsection>
      <Subsection id="plan-rollout" title="Rollout timeline">
        <SectionBody reason={rolloutReason} missing={timeline.phases.length === 0 ? "rollout phases" : null}>
          <RolloutTimeline timeline={timeline} format={dateFormat} />
        </SectionBody>
      </Subsection>
      {summary.notApplicable.length === 0 ? null : (
        <Subsection id="plan-not-applicable" title="Sections declared not applicable">
          <ul className="space-y-1 text-sm">
            {summary.notApplicable.map((section) => (
              <li key={section.key}>
                <span className="font-medium">{section.label}:</span> <span className="text-fg-muted">{section.reason}</span>
              </li>
            ))}
          </ul>
        </Subsection>
      )}
    </Card>
  );
}
