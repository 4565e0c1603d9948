/**
 * Readiness over time, from snapshots: the index line (0–5, threshold 3) and, for the
 * portfolio, the projects per verdict stacked by date. Server-compatible; the SVGs come
 * from the lazily loaded client charts, the table and legends are rendered here.
 */
import { Table, Td, Th } from "@/components/ui/table";
import { readinessPercent } from "@/lib/readiness/client";
import { ChartBox, ChartCard, ChartLegend, TextAlternative, type LegendItem } from "./chart-card";
import { BLOCKING_SCORE_THRESHOLD as THRESHOLD } from "@/lib/readiness/keys";
import type { DateFormat } from "@/lib/utils/format-date";
import { formatDay, formatIndex, hasVerdictCounts, plural, sortByDate, trendSummary, type TrendPoint } from "./chart-format";
import { COLOR } from "./chart-theme";
import { LazyTrendIndexChart, LazyTrendVerdictChart } from "./lazy-charts";

export interface TrendChartProps {
  title: string;
  /** One per ISO day (YYYY-MM-DD); any order. `index` is null when that snapshot had no scores. */
  points: TrendPoint[];
  /** The organization's: the page has it from its context (a server component reads no React context). */
  dateFormat: DateFormat;
}

const INDEX_LEGEND: LegendItem[] = [
  { label: "Readiness index", color: COLOR.current, mark: "line" },
  { label: `Launch threshold ${THRESHOLD}`, color: COLOR.threshold, mark: "dotted" },
];

const VERDICT_LEGEND: LegendItem[] = [
  { label: "Blocked", color: COLOR.blocked, soft: COLOR.blockedSoft, mark: "hatched" },
  { label: "Incomplete", color: COLOR.incomplete, soft: COLOR.incompleteSoft, mark: "dots" },
  { label: "Ready", color: COLOR.ready, mark: "fill" },
];

const count = (value: number | undefined) => (value === undefined ? "–" : String(value));

function verdictSummary(points: readonly TrendPoint[], format: DateFormat): string {
  const last = points[points.length - 1];
  const latest = last
    ? `; on ${formatDay(last.date, format)}: ${count(last.blocked)} blocked, ${count(last.incomplete)} incomplete, ${count(last.ready)} ready`
    : "";
  return `Stacked bar chart of projects by verdict over ${plural(points.length, "date")}${latest}.`;
}

export function TrendChart({ title, points, dateFormat }: TrendChartProps) {
  // useId repeats across server components; the title is unique on a page.
  const titleId = `trend-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const sorted = sortByDate(points);
  const hasIndex = sorted.some((p) => p.index !== null);
  const hasCounts = hasVerdictCounts(sorted);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];

  if (!first || !last || (!hasIndex && !hasCounts)) {
    return (
      <ChartCard title={title} titleId={titleId}>
        <p className="rounded-lg border border-dashed border-border px-4 py-8 text-center text-sm text-fg-muted">
          No snapshots yet. Each submitted assessment records a snapshot; the trend starts with the first one.
        </p>
      </ChartCard>
    );
  }

  const spansYears = first.date.slice(0, 4) !== last.date.slice(0, 4);
  const latest = [...sorted].reverse().find((p) => p.index !== null);
  const description = latest
    ? `Latest readiness index ${formatIndex(latest.index)} (${readinessPercent(latest.index)}%) on ${formatDay(latest.date, dateFormat)}.`
    : "No scored snapshot yet.";

  return (
    <ChartCard title={title} titleId={titleId} description={description}>
      {hasIndex ? (
        <>
          <ChartLegend items={INDEX_LEGEND} label="Index series" />
          <ChartBox className="h-64">
            <LazyTrendIndexChart data={sorted} summary={trendSummary(sorted, dateFormat)} spansYears={spansYears} />
          </ChartBox>
        </>
      ) : null}
      {hasCounts ? (
        <section aria-labelledby={`${titleId}-verdicts`} className="flex flex-col gap-3">
          <h3 id={`${titleId}-verdicts`} className="text-sm font-semibold">
            Projects by verdict
          </h3>
          <ChartLegend items={VERDICT_LEGEND} label="Verdicts" />
          <ChartBox className="h-48">
            <LazyTrendVerdictChart data={sorted} summary={verdictSummary(sorted, dateFormat)} spansYears={spansYears} />
          </ChartBox>
        </section>
      ) : null}
      <TextAlternative>
        <Table label={title}>
          <caption className="px-3 py-2 text-left font-medium">{title}</caption>
          <thead>
            <tr>
              <Th>Date</Th>
              <Th className="text-right">Readiness index</Th>
              {hasCounts ? (
                <>
                  <Th className="text-right">Blocked</Th>
                  <Th className="text-right">Incomplete</Th>
                  <Th className="text-right">Ready</Th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {sorted.map((p, i) => (
              <tr key={`${p.date}-${i}`}>
                <Th scope="row" className="border-t border-border bg-transparent font-normal">
                  <time dateTime={p.date}>{formatDay(p.date, dateFormat)}</time>
                </Th>
                <Td className="text-right tabular-nums">{formatIndex(p.index)}</Td>
                {hasCounts ? (
                  <>
                    <Td className="text-right tabular-nums">{count(p.blocked)}</Td>
                    <Td className="text-right tabular-nums">{count(p.incomplete)}</Td>
                    <Td className="text-right tabular-nums">{count(p.ready)}</Td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      </TextAlternative>
    </ChartCard>
  );
}
