/**
 * Portfolio (issue #17): what the integration plans add. Hours saved and net value a month
 * over the ready projects (one net line per currency: totals in different currencies are
 * never added), and how many active projects are in each rollout phase today, each phase a
 * link that filters the table below. Server component: `hrefFor` is a function.
 */
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { PhaseCount } from "@/lib/dashboard/portfolio-phases";
import type { PortfolioValue } from "@/lib/dashboard/portfolio-tally";
import { phaseLabel, type PhaseFilter } from "@/lib/dashboard/rollout-phase";
import { hoursText, moneyText } from "@/lib/dashboard/value-text";
import { plural } from "./chart-format";

interface Props {
  value: PortfolioValue;
  phases: PhaseCount[];
  hrefFor: (phase: PhaseFilter) => string;
  /** The phase the table is filtered to: its link is marked. */
  active?: PhaseFilter;
}

export function PlanValue({ value, phases, hrefFor, active }: Props) {
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card aria-labelledby="plan-value-title" className="space-y-3 print:break-inside-avoid print:shadow-none">
        <h2 id="plan-value-title" className="text-lg font-semibold">
          What the ready projects add a month
        </h2>
        {value.projects === 0 ? (
          <p className="text-sm text-fg-muted">No ready project has ROI figures in its plan yet.</p>
        ) : (
          <dl className="grid gap-4 sm:grid-cols-2" data-testid="plan-value">
            <div>
              <dt className="text-sm text-fg-muted">Hours saved per month</dt>
              <dd className="text-3xl font-semibold tabular-nums">{hoursText(value.hoursSaved)}</dd>
            </div>
            <div>
              <dt className="text-sm text-fg-muted">Net value per month</dt>
              {value.net.map((total) => (
                <dd key={total.currency ?? ""} className="text-3xl font-semibold break-words tabular-nums">
                  {moneyText(total.amount, total.currency)}
                  {value.net.length > 1 ? (
                    <span className="ml-2 text-sm font-normal text-fg-muted">{plural(total.projects, "project")}</span>
                  ) : null}
                </dd>
              ))}
            </div>
          </dl>
        )}
        <p className="text-xs text-fg-muted">
          Over {plural(value.projects, "ready project")} with ROI figures; amounts in different currencies are shown apart, never added.
        </p>
      </Card>
      <Card aria-labelledby="plan-phases-title" className="space-y-3 print:break-inside-avoid print:shadow-none">
        <h2 id="plan-phases-title" className="text-lg font-semibold">
          Projects by rollout phase today
        </h2>
        <ul className="divide-y divide-border text-sm" data-testid="plan-phases">
          {phases.map(({ phase, count }) => {
            const filter: PhaseFilter = phase ?? "none";
            return (
              <li key={filter} className="flex items-center justify-between gap-3 py-1.5">
                <Link
                  href={hrefFor(filter)}
                  prefetch={false}
                  aria-current={active === filter ? "true" : undefined}
                  className="font-medium text-accent underline aria-[current]:font-semibold"
                >
                  {phaseLabel(phase)}
                </Link>
                <span className="tabular-nums">{count}</span>
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}
