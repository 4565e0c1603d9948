"use client";

/**
 * The recharts radar behind ReadinessRadar. Loaded lazily (lazy-charts.tsx) so recharts
 * stays out of the route's first-load JS; everything it shows is also in the server-
 * rendered table next to it, so the SVG is one labelled image (role="img") rather than an
 * interactive widget with its own keyboard model.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { BLOCKING_SCORE_THRESHOLD } from "@/lib/readiness/keys";
import { formatScore } from "./chart-format";
import { AXIS_TICK, COLOR, DASH, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from "./chart-theme";

export interface RadarDatum {
  /** Full area label: the tooltip title. */
  area: string;
  /** Short label drawn around the chart. */
  short: string;
  current: number | null;
  previous: number | null;
  threshold: number;
}

export interface ReadinessRadarChartProps {
  data: RadarDatum[];
  summary: string;
  showPrevious: boolean;
  previousLabel: string;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  payload?: { value?: unknown };
}

/**
 * An area's label around the radar, on two lines when it has two words ("Data / ownership"):
 * one long line is what the chart's side margin would otherwise have to fit on a phone.
 */
function areaTick(shortLabel: Map<string, string>) {
  return function AreaTick({ x, y, textAnchor, payload }: TickProps) {
    const value = String(payload?.value ?? "");
    const [first = "", ...rest] = (shortLabel.get(value) ?? value).split(" ");
    const lines = rest.length > 0 ? [first, rest.join(" ")] : [first];
    return (
      <text x={x} y={y} textAnchor={textAnchor} fill={COLOR.text} fontSize={12}>
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i > 0 ? "1.15em" : lines.length > 1 ? "-0.25em" : "0.35em"}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

export function ReadinessRadarChart({ data, summary, showPrevious, previousLabel }: ReadinessRadarChartProps) {
  const shortLabel = new Map(data.map((d) => [d.area, d.short]));
  return (
    <RadarChart
      responsive
      data={data}
      style={{ width: "100%", height: "100%" }}
      outerRadius="72%"
      // The side margins hold the labels at 360 px; wider boxes are bounded by the height, so they lose nothing.
      margin={{ top: 16, right: 60, bottom: 16, left: 60 }}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
    >
      <PolarGrid stroke={COLOR.grid} />
      <PolarAngleAxis dataKey="area" tick={areaTick(shortLabel)} />
      {/* Between the first two spokes so the 0–5 ticks never sit on a data line. */}
      <PolarRadiusAxis
        type="number"
        domain={[0, 5]}
        tickCount={6}
        angle={90 - 360 / 14}
        axisLine={false}
        tick={{ ...AXIS_TICK, fontSize: 10 }}
      />
      <Radar
        name={`Launch threshold ${BLOCKING_SCORE_THRESHOLD}`}
        dataKey="threshold"
        stroke={COLOR.threshold}
        strokeWidth={2}
        strokeDasharray={DASH.dotted}
        fill="none"
        tooltipType="none"
        isAnimationActive={false}
      />
      {showPrevious ? (
        <Radar
          name={previousLabel}
          dataKey="previous"
          stroke={COLOR.previous}
          strokeWidth={2}
          strokeDasharray={DASH.dashed}
          fill={COLOR.previous}
          fillOpacity={0.06}
        />
      ) : null}
      <Radar
        name="Current draft"
        dataKey="current"
        stroke={COLOR.current}
        strokeWidth={2.5}
        fill={COLOR.current}
        fillOpacity={0.18}
        dot={{ r: 3, fill: COLOR.current }}
      />
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelStyle={TOOLTIP_LABEL_STYLE}
        formatter={(value) => (typeof value === "number" ? formatScore(value) : "not scored")}
      />
    </RadarChart>
  );
}
