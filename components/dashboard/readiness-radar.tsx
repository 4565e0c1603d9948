/**
 * Project dashboard: the seven areas as a radar (current draft, last snapshot, launch
 * threshold 3) with the same numbers as a table. Server-compatible: the table and legend
 * are rendered here; only the SVG comes from the lazily loaded client chart.
 */
import { Table, Td, Th } from "@/components/ui/table";
import type { AreaKey } from "@/lib/readiness/keys";
import { ChartBox, ChartCard, ChartLegend, NotScored, TextAlternative, type LegendItem } from "./chart-card";
import { BLOCKING_SCORE_THRESHOLD as THRESHOLD } from "@/lib/readiness/keys";
import { AREA_SHORT_LABELS, isBlockingScore } from "@/lib/readiness/score-meaning";
import { formatScore, plural, radarSummary } from "./chart-format";
import { COLOR } from "./chart-theme";
import { LazyRadarChart } from "./lazy-charts";

export interface ReadinessRadarProps {
  areas: { key: AreaKey; label: string; current: number | null; previous: number | null }[];
  /** Name of the comparison series, e.g. "Snapshot of 4 Mar 2025". */
  previousLabel?: string;
}

function change(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return "–";
  const delta = current - previous;
  // A real minus sign reads better than a hyphen next to digits.
  return delta === 0 ? "0" : delta > 0 ? `+${formatScore(delta)}` : `−${formatScore(-delta)}`;
}

export function ReadinessRadar({ areas, previousLabel = "Last snapshot" }: ReadinessRadarProps) {
  const titleId = "readiness-radar-title"; // useId repeats across server components, so ids are fixed per component
  const hasPrevious = areas.some((area) => area.previous !== null);
  const below = areas.filter((area) => isBlockingScore(area.current));
  const data = areas.map((area) => ({
    area: area.label,
    short: AREA_SHORT_LABELS[area.key] ?? area.label,
    current: area.current,
    previous: area.previous,
    threshold: THRESHOLD,
  }));
  const legend: LegendItem[] = [
    { label: "Current draft", color: COLOR.current, mark: "line" },
    ...(hasPrevious ? [{ label: previousLabel, color: COLOR.previous, mark: "dashed" as const }] : []),
    { label: `Launch threshold ${THRESHOLD}`, color: COLOR.threshold, mark: "dotted" },
  ];

  return (
    <ChartCard
      title="Readiness by area"
      titleId={titleId}
      description={
        below.length === 0 ? (
          `No area is below the launch threshold ${THRESHOLD}.`
        ) : (
          <span className="font-medium text-danger">
            <span aria-hidden>✕ </span>
            {plural(below.length, "area")} below {THRESHOLD}: {below.map((area) => area.label).join(", ")}
          </span>
        )
      }
    >
      <ChartLegend items={legend} label="Radar series" />
      <ChartBox className="h-80">
        <LazyRadarChart data={data} summary={radarSummary(areas, previousLabel)} showPrevious={hasPrevious} previousLabel={previousLabel} />
      </ChartBox>
      {hasPrevious ? null : (
        <p className="text-sm text-fg-muted">No snapshot yet: submit the assessment to record one to compare against.</p>
      )}
      <TextAlternative>
        <Table label="Scores by area">
          <caption className="px-3 py-2 text-left font-medium">Scores by area</caption>
          <thead>
            <tr>
              <Th>Area</Th>
              <Th className="text-right">Current draft</Th>
              <Th className="text-right">{previousLabel}</Th>
              <Th className="text-right">Change</Th>
              <Th>Against {THRESHOLD}</Th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.key}>
                <Th scope="row" className="border-t border-border bg-transparent font-normal">
                  {area.label}
                </Th>
                <Td className="text-right tabular-nums">{area.current === null ? <NotScored /> : formatScore(area.current)}</Td>
                <Td className="text-right tabular-nums">{area.previous === null ? <NotScored /> : formatScore(area.previous)}</Td>
                <Td className="text-right tabular-nums">{change(area.current, area.previous)}</Td>
                <Td>
                  {area.current === null ? (
                    <span className="text-fg-muted">Not scored</span>
                  ) : isBlockingScore(area.current) ? (
                    <strong className="text-danger">
                      <span aria-hidden>✕ </span>Below {THRESHOLD}
                    </strong>
                  ) : (
                    <span className="text-fg-muted">
                      <span aria-hidden>✓ </span>
                      {THRESHOLD} or above
                    </span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TextAlternative>
    </ChartCard>
  );
}
