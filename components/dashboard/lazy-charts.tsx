"use client";

/**
 * Lazy entry points for the recharts charts. recharts (with its d3 and redux pieces) is
 * the heaviest thing on the dashboards; loading it after hydration keeps it out of the
 * routes' first-load JS, and loading it only when a chart comes near the viewport keeps
 * it off a phone's main thread while the page starts. Nothing is lost by skipping SSR: a responsive recharts chart
 * cannot draw before it has measured its box, and every chart's data is already in the
 * server-rendered text alternative next to it.
 */
import dynamic from "next/dynamic";
import type { ComponentProps, ComponentType } from "react";
import { WhenVisible } from "./when-visible";

/** Fills the ChartBox so the card does not jump when the chart arrives. */
function ChartPlaceholder() {
  return (
    <div aria-hidden data-chart-placeholder className="size-full animate-pulse rounded-lg bg-surface-muted motion-reduce:animate-none" />
  );
}

/** The chart, loaded and drawn once it is about to be seen. */
function whenVisible<P extends object>(Chart: ComponentType<P>) {
  return function VisibleChart(props: P) {
    return (
      <WhenVisible placeholder={<ChartPlaceholder />}>
        <Chart {...props} />
      </WhenVisible>
    );
  };
}

const RadarChart = dynamic(() => import("./radar-chart").then((m) => m.ReadinessRadarChart), { ssr: false, loading: ChartPlaceholder });
const TrendIndexChart = dynamic(() => import("./trend-charts").then((m) => m.TrendIndexChart), { ssr: false, loading: ChartPlaceholder });
const TrendVerdictChart = dynamic(() => import("./trend-charts").then((m) => m.TrendVerdictChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
const BlockersBarChart = dynamic(() => import("./blockers-chart").then((m) => m.BlockersBarChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyRadarChart = whenVisible<ComponentProps<typeof RadarChart>>(RadarChart);
export const LazyTrendIndexChart = whenVisible<ComponentProps<typeof TrendIndexChart>>(TrendIndexChart);
export const LazyTrendVerdictChart = whenVisible<ComponentProps<typeof TrendVerdictChart>>(TrendVerdictChart);
export const LazyBlockersBarChart = whenVisible<ComponentProps<typeof BlockersBarChart>>(BlockersBarChart);
