"use client";

/**
 * The recharts halves of TrendChart: the readiness index line and the stacked verdict
 * counts. Not animated: an animation re-renders the whole chart every frame, which on a
 * phone is a long stretch of blocked main thread for a line that only needs drawing once. Lazily loaded (lazy-charts.tsx); both SVGs are labelled images whose data is in
 * the server-rendered table beside them.
 */
import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { useDateFormat } from "@/components/layout/date-format";
import { BLOCKING_SCORE_THRESHOLD, MAX_SCORE } from "@/lib/readiness/keys";
import type { DateFormat } from "@/lib/utils/format-date";
import { formatDay, formatDayShort, formatIndex, type TrendPoint } from "./chart-format";
import { AXIS_TICK, COLOR, DASH, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from "./chart-theme";

/** 0 to the top score: the index axis. */
const INDEX_TICKS = Array.from({ length: MAX_SCORE + 1 }, (_, i) => i);

export interface TrendChartProps {
  /** Sorted by date, one entry per ISO day. */
  data: TrendPoint[];
  summary: string;
  /** Axis labels carry the year only when the series crosses one. */
  spansYears: boolean;
}

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

function dateAxis(spansYears: boolean, format: DateFormat) {
  return (
    <XAxis
      dataKey="date"
      tick={AXIS_TICK}
      tickLine={false}
      axisLine={{ stroke: COLOR.grid }}
      minTickGap={24}
      tickFormatter={(value: string) => formatDayShort(value, spansYears, format)}
    />
  );
}

const tooltipLabel = (format: DateFormat) => (label: unknown) => (typeof label === "string" ? formatDay(label, format) : String(label));

export function TrendIndexChart({ data, summary, spansYears }: TrendChartProps) {
  const format = useDateFormat();
  return (
    <LineChart
      responsive
      data={data}
      style={{ width: "100%", height: "100%" }}
      margin={MARGIN}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
    >
      <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" vertical={false} />
      {dateAxis(spansYears, format)}
      <YAxis type="number" domain={[0, MAX_SCORE]} ticks={INDEX_TICKS} width={28} tick={AXIS_TICK} tickLine={false} axisLine={false} />
      <ReferenceLine
        y={BLOCKING_SCORE_THRESHOLD}
        stroke={COLOR.threshold}
        strokeWidth={2}
        strokeDasharray={DASH.dotted}
        label={{
          value: `Launch threshold ${BLOCKING_SCORE_THRESHOLD}`,
          position: "insideBottomRight",
          fill: COLOR.threshold,
          fontSize: 11,
        }}
      />
      {/* A gap, not a bridge, where a snapshot had no scores: the line only joins measured points. */}
      <Line
        type="monotone"
        dataKey="index"
        name="Readiness index"
        stroke={COLOR.current}
        strokeWidth={2.5}
        dot={{ r: 3, fill: COLOR.current }}
        activeDot={{ r: 5 }}
        isAnimationActive={false}
      />
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelStyle={TOOLTIP_LABEL_STYLE}
        labelFormatter={tooltipLabel(format)}
        formatter={(value) => (typeof value === "number" ? formatIndex(value) : "–")}
      />
    </LineChart>
  );
}

export function TrendVerdictChart({ data, summary, spansYears }: TrendChartProps) {
  // Pattern ids must be unique per chart instance; React ids may hold characters url() dislikes.
  const id = `vp${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const format = useDateFormat();
  return (
    <BarChart
      responsive
      data={data}
      style={{ width: "100%", height: "100%" }}
      margin={MARGIN}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
    >
      <defs>
        {/* Hatching and dots carry blocked / incomplete for readers who cannot tell the colours apart. */}
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={COLOR.blockedSoft} />
          <line x1="1" y1="0" x2="1" y2="6" stroke={COLOR.blocked} strokeWidth="2.5" />
        </pattern>
        <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill={COLOR.incompleteSoft} />
          <circle cx="2.5" cy="2.5" r="1.2" fill={COLOR.incomplete} />
        </pattern>
      </defs>
      <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" vertical={false} />
      {dateAxis(spansYears, format)}
      <YAxis type="number" allowDecimals={false} width={36} tick={AXIS_TICK} tickLine={false} axisLine={false} />
      {/* Blocked at the bottom so its height reads straight off the axis. */}
      <Bar
        dataKey="blocked"
        name="Blocked"
        stackId="verdict"
        fill={`url(#${id}-hatch)`}
        stroke={COLOR.blocked}
        maxBarSize={48}
        isAnimationActive={false}
      />
      <Bar
        dataKey="incomplete"
        name="Incomplete"
        stackId="verdict"
        fill={`url(#${id}-dots)`}
        stroke={COLOR.incomplete}
        maxBarSize={48}
        isAnimationActive={false}
      />
      <Bar
        dataKey="ready"
        name="Ready"
        stackId="verdict"
        fill={COLOR.ready}
        stroke={COLOR.ready}
        maxBarSize={48}
        isAnimationActive={false}
      />
      {/* Item text in the body colour: a pattern fill is not a usable text colour. */}
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelStyle={TOOLTIP_LABEL_STYLE}
        itemStyle={{ color: COLOR.text }}
        labelFormatter={tooltipLabel(format)}
        cursor={{ fill: "var(--surface-muted)" }}
      />
    </BarChart>
  );
}
