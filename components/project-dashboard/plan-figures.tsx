/**
 * The plan's figures on the project dashboard: the small cards (mappings, exception cases,
 * rollout phase, ROI) and the KPI table. Server components; the numbers come from
 * lib/integration-plan/plan-summary and the evaluation's ROI block.
 */
import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/table";
import type { ExceptionCoverage, KpiSummaryRow, MappingSummary } from "@/lib/integration-plan/plan-summary";
import type { RolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import type { RoiFigures } from "@/lib/readiness/client";

export function Figure({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="rounded-lg border border-border p-4" aria-label={title} data-testid={testId}>
      <h3 className="text-sm text-fg-muted">{title}</h3>
      <div className="mt-1 text-sm">{children}</div>
    </section>
  );
}

/** Shown instead of a section's figures when the team declared it not applicable. */
export function NotApplicable({ reason }: { reason: string }) {
  return <p className="text-fg-muted">Not applicable: {reason}</p>;
}

export function MappingFigure({ mappings }: { mappings: MappingSummary }) {
  return (
    <>
      <p className="text-2xl font-bold">{mappings.rows}</p>
      <p className="text-fg-muted">
        mapping row{mappings.rows === 1 ? "" : "s"} · {mappings.rowsWithProblems} with findings
        {mappings.findings > 0 ? ` (${mappings.findings} finding${mappings.findings === 1 ? "" : "s"} in the sheet)` : ""}
      </p>
    </>
  );
}

export function ExceptionFigure({ exceptions }: { exceptions: ExceptionCoverage }) {
  return (
    <>
      <p className="text-2xl font-bold">
        {exceptions.covered}/{exceptions.total}
      </p>
      <p className="text-fg-muted">required failure cases planned for</p>
      <ul className="mt-2 space-y-0.5">
        {exceptions.cases.map((entry) => (
          <li key={entry.case} className={entry.covered ? undefined : "text-fg-muted"}>
            <span aria-hidden className={entry.covered ? "text-success" : "text-danger"}>
              {entry.covered ? "✓ " : "✕ "}
            </span>
            {entry.label}
            <span className="sr-only">{entry.covered ? " (covered)" : " (missing)"}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function RolloutFigure({ timeline }: { timeline: RolloutTimeline }) {
  return (
    <>
      <p className="text-lg font-bold break-words" data-testid="rollout-current">
        {timeline.current?.label ?? (timeline.today.relation === "after" ? "Rollout finished" : "Not started")}
      </p>
      <p className="text-fg-muted">current phase</p>
      <p className="mt-2 break-words">
        <span className="text-fg-muted">Next: </span>
        {timeline.next?.label ?? "none"}
      </p>
    </>
  );
}

function money(value: number, currency: string | null): string {
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
  if (currency === null) return new Intl.NumberFormat("en", options).format(value);
  return new Intl.NumberFormat("en", { ...options, style: "currency", currency }).format(value);
}

export function RoiFigure({ roi }: { roi: RoiFigures }) {
  const rows: [string, string][] = [
    ["Hours saved a month", new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(roi.monthlyHoursSaved)],
    ["Net value a month", money(roi.monthlyNet, roi.currency)],
    ["Payback", roi.paybackMonths === null ? "never (no net saving)" : `${roi.paybackMonths.toFixed(1)} months`],
    ["First-year net", money(roi.firstYearNet, roi.currency)],
  ];
  return (
    <dl className="space-y-1" data-testid="roi-figures">
      {rows.map(([label, value]) => (
        <div key={label} className="flex flex-wrap justify-between gap-x-3">
          <dt className="text-fg-muted">{label}</dt>
          <dd className="font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function number(value: number | null, unit: string | null): string {
  if (value === null) return "—";
  const text = new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value);
  return unit === null ? text : `${text} ${unit}`;
}

export function KpiTable({ kpis }: { kpis: readonly KpiSummaryRow[] }) {
  return (
    <Table label="KPIs, baseline to target" className="min-w-[36rem]">
      <thead>
        <tr>
          <Th>KPI</Th>
          <Th>Baseline</Th>
          <Th>Target</Th>
          <Th>Owner</Th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((kpi, at) => (
          <tr key={at}>
            <Td className="break-words">
              {kpi.name}
              {kpi.direction === null ? null : <span className="block text-xs text-fg-muted">{kpi.direction}</span>}
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{number(kpi.baseline, kpi.unit)}</Td>
            <Td className="whitespace-nowrap tabular-nums">
              <span aria-hidden>→ </span>
              {number(kpi.target, kpi.unit)}
            </Td>
            <Td>{kpi.owner ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
