import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { RemediationOverview } from "@/lib/remediation-plan/portfolio-overview";
import { formatDate, formatDayMonth, type DateFormat } from "@/lib/utils/format-date";

const WIDTH = 360;
const HEIGHT = 120;

/** Open blocker items week by week, as bars; the table under it says the same in words. */
function BurnDown({ points, format }: { points: RemediationOverview["burnDown"]; format: DateFormat }) {
  const max = Math.max(1, ...points.map((p) => p.openBlockers));
  const bar = WIDTH / points.length;
  const first = points[0];
  const last = points.at(-1);
  const summary =
    first && last
      ? `Open blocker items: ${first.openBlockers} on ${formatDate(first.day, { format })}, ${last.openBlockers} on ${formatDate(last.day, { format })}.`
      : "No data.";
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 30}`} className="h-auto w-full max-w-md" role="img" aria-label={summary}>
        {points.map((point, index) => {
          const height = (point.openBlockers / max) * HEIGHT;
          return (
            <g key={point.day}>
              <rect x={index * bar + 3} y={HEIGHT - height} width={bar - 6} height={height} className="fill-danger" rx={2} />
              <text x={index * bar + bar / 2} y={HEIGHT + 12} textAnchor="middle" className="fill-fg-muted text-[9px]">
                {point.openBlockers}
              </text>
              {index === 0 || index === points.length - 1 ? (
                <text x={index * bar + bar / 2} y={HEIGHT + 26} textAnchor="middle" className="fill-fg-muted text-[9px]">
                  {formatDayMonth(point.day, { format })}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs text-fg-muted">{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">Burn-down as a table</summary>
        <Table label="Open blocker items by week">
          <thead>
            <tr>
              <Th>Week ending</Th>
              <Th className="text-right">Open blocker items</Th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.day}>
                <Td>{formatDate(point.day, { format })}</Td>
                <Td className="text-right tabular-nums">{point.openBlockers}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}

/** The portfolio's remediation work: what is late and due this week per project, and the blocker burn-down. */
export function RemediationOverviewCard({
  overview,
  planHref,
  dateFormat,
}: {
  overview: RemediationOverview;
  planHref: (projectId: string) => string;
  dateFormat: DateFormat;
}) {
  if (overview.plans === 0) return null;
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">Remediation plans</h2>
        <p className="mt-1 text-sm text-fg-muted">
          {overview.plans} project{overview.plans === 1 ? " has" : "s have"} a 90-day plan: {overview.openBlockers} open blocker item
          {overview.openBlockers === 1 ? "" : "s"}, {overview.overdue} overdue, {overview.dueThisWeek} due in the next 7 days.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold">Late or due this week</h3>
          {overview.projects.length === 0 ? (
            <p className="mt-2 text-sm text-fg-muted">Nothing overdue or due in the next 7 days.</p>
          ) : (
            <ul className="mt-2 divide-y divide-border text-sm">
              {overview.projects.map((project) => (
                <li key={project.projectId} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <Link href={planHref(project.projectId)} className="font-medium text-accent underline">
                    {project.name}
                  </Link>
                  <span className="text-fg-muted">
                    <span className={project.overdue > 0 ? "font-semibold text-danger" : undefined}>{project.overdue} overdue</span> ·{" "}
                    {project.dueThisWeek} due this week · {project.openBlockers} blocker{project.openBlockers === 1 ? "" : "s"} open
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold">Open blocker items, last 12 weeks</h3>
          <BurnDown points={overview.burnDown} format={dateFormat} />
        </div>
      </div>
    </Card>
  );
}
