/**
 * Server-compatible building blocks shared by every dashboard chart: the card with its
 * heading, the fixed-size box the client chart fills, the legend (drawn in HTML so it is
 * there before the chart script loads, and prints), and the "Show as a table" disclosure.
 */
import type { CSSProperties, ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils/cn";
import { DASH } from "./chart-theme";

export function ChartCard({
  title,
  titleId,
  description,
  className,
  children,
}: {
  title: string;
  titleId: string;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={titleId} className={cn("flex flex-col gap-4 print:break-inside-avoid print:shadow-none", className)}>
      <header>
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {description ? <p className="mt-1 text-sm text-fg-muted">{description}</p> : null}
      </header>
      {children}
    </Card>
  );
}

/**
 * Reserves the chart's height before the lazily loaded chart arrives (no layout shift) and
 * gives it a fixed size on paper: the SVG has a viewBox, so it scales into this box even
 * if the browser does not re-measure while preparing the print.
 */
export function ChartBox({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn("w-full print:mx-auto print:w-[600px]", className)}>{children}</div>;
}

/** Lines for line/radar series, swatches for bars; hatched and dotted swatches match the bar patterns. */
export type LegendMark = "line" | "dashed" | "dotted" | "fill" | "hatched" | "dots";

export interface LegendItem {
  label: string;
  /** A CSS colour, normally a theme variable such as "var(--accent)". */
  color: string;
  mark: LegendMark;
  /** Background behind the hatched / dotted patterns. */
  soft?: string;
}

// Swatch fills repeat the chart's patterns in CSS so the legend needs no SVG <defs> ids.
function swatchStyle(item: LegendItem): CSSProperties {
  const soft = item.soft ?? "transparent";
  const base: CSSProperties = { borderColor: item.color, printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" };
  if (item.mark === "hatched") return { ...base, background: `repeating-linear-gradient(45deg, ${item.color} 0 2px, ${soft} 2px 5px)` };
  if (item.mark === "dots") return { ...base, background: `radial-gradient(${item.color} 1px, ${soft} 1.5px) 0 0 / 4px 4px` };
  return { ...base, background: item.color };
}

export function ChartLegend({ items, label = "Legend" }: { items: readonly LegendItem[]; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-fg-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-2">
          {item.mark === "line" || item.mark === "dashed" || item.mark === "dotted" ? (
            <svg aria-hidden width="28" height="10" className="shrink-0">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={item.color}
                strokeWidth="2.5"
                strokeDasharray={item.mark === "line" ? undefined : DASH[item.mark]}
              />
            </svg>
          ) : (
            <span aria-hidden className="inline-block size-3.5 shrink-0 rounded-sm border-2" style={swatchStyle(item)} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The chart's data as a table behind a native disclosure: keyboard- and screen-reader
 * reachable without script, closed by default so the card stays calm.
 */
export function TextAlternative({ summary = "Show as a table", children }: { summary?: string; children: ReactNode }) {
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer text-fg-muted select-none hover:text-fg">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/** "–" for a missing value, with the words screen readers need. */
export function NotScored() {
  return (
    <>
      <span aria-hidden>–</span>
      <span className="sr-only">not scored</span>
    </>
  );
}
