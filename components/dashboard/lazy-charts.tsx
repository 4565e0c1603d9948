"use client";

/**
 * Lazy entry points for the recharts charts. recharts (with its d3 and redux pieces) is
 * the heaviest thing on the dashboards; loading it after hydration keeps it out of the
 * routes' first-load JS. Nothing is lost by skipping SSR: a responsive recharts chart
 * cannot draw before it has measured its box, and every chart's data is already in the
 * server-rendered text alternative next to it.
 */
import dynamic from "next/dynamic";

/** Fills the ChartBox so the card does not jump when the chart arrives. */
function ChartPlaceholder() {
  return <div aria-hidden className="size-full animate-pulse rounded-lg bg-surface-muted motion-reduce:animate-none" />;
}

export const LazyRadarChart = dynamic(() => import("./radar-chart").then((m) => m.ReadinessRadarChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyTrendIndexChart = dynamic(() => import("./trend-charts").then((m) => m.TrendIndexChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyTrendVerdictChart = dynamic(() => import("./trend-charts").then((m) => m.TrendVerdictChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyBlockersBarChart = dynamic(() => import("./blockers-chart").then((m) => m.BlockersBarChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
