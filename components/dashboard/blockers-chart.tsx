"use client";

/**
 * The recharts bar chart behind TopBlockers. Clicking a bar is a mouse shortcut to the
 * same link the server-rendered list offers; the list is the keyboard and screen-reader
 * path, so the SVG stays a single labelled image.
 */
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { plural, type BlockerItem } from "./chart-format";
import { AXIS_TICK, COLOR, TOOLTIP_LABEL_STYLE, TOOLTIP_STYLE } from "./chart-theme";
import { useNarrow } from "./use-narrow";

interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  value?: unknown;
}

const MAX_LABEL = 46;

/** On a phone each bar's rule is written above it, instead of an axis taking most of the width. */
function RuleAbove({ x, y, value }: BarLabelProps) {
  const text = String(value ?? "");
  return (
    <text x={x} y={Number(y) - 5} fill={COLOR.text} fontSize={11}>
      {text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text}
    </text>
  );
}

export function BlockersBarChart({ data, summary }: { data: BlockerItem[]; summary: string }) {
  const router = useRouter();
  const narrow = useNarrow();
  const ids = new Map(data.map((d) => [d.title, d.ruleId]));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 0, right: 36, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      role="img"
      aria-label={summary}
    >
      <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: COLOR.grid }} />
      {/* People read the rule's title; its id is in the tooltip (and the CSV and API). The axis sizes itself to the titles. */}
      <YAxis
        type="category"
        dataKey="title"
        hide={narrow}
        width="auto"
        interval={0}
        tick={{ ...AXIS_TICK, fontSize: 11 }}
        tickLine={false}
        axisLine={false}
      />
      <Bar
        dataKey="count"
        name="Blocked projects"
        fill={COLOR.blocked}
        radius={[0, 4, 4, 0]}
        maxBarSize={narrow ? 18 : 22}
        isAnimationActive={false}
        cursor="pointer"
        onClick={(_item, index) => {
          const href = data[index]?.href;
          if (href) router.push(href);
        }}
      >
        <LabelList dataKey="count" position="right" fill={COLOR.text} fontSize={12} />
        {narrow ? <LabelList dataKey="title" content={RuleAbove} /> : null}
      </Bar>
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelStyle={TOOLTIP_LABEL_STYLE}
        itemStyle={{ color: COLOR.text }}
        cursor={{ fill: "var(--surface-muted)" }}
        labelFormatter={(label) => (typeof label === "string" ? `${label} (${ids.get(label) ?? ""})` : label)}
        formatter={(value) => (typeof value === "number" ? plural(value, "project") : value)}
      />
    </BarChart>
  );
}
