/**
 * Portfolio: the rules that block the most projects. The ordered list of links is both the
 * text alternative and the click-through (keyboard reachable, prints); the bar chart above
 * it is the lazily loaded visual.
 */
import Link from "next/link";
import type { CSSProperties } from "react";
import { ChartBox, ChartCard } from "./chart-card";
import { MAX_BLOCKERS, plural, topBlockers, type BlockerItem } from "./chart-format";
import { LazyBlockersBarChart } from "./lazy-charts";

export interface TopBlockersProps {
  /** Any order and length: the 10 most frequent are shown. `href` lists the affected projects. */
  items: BlockerItem[];
}

// The box height follows the number of bars so bars keep one thickness: 32 px a bar, 52 on a
// phone (its rule is written above the bar there), and 32 for the axis.
const BOX_HEIGHT = "h-[calc(var(--bars)*52px+32px)] sm:h-[calc(var(--bars)*32px+32px)]";

export function TopBlockers({ items }: TopBlockersProps) {
  const titleId = "top-blockers-title"; // useId repeats across server components, so ids are fixed per component
  const top = topBlockers(items, MAX_BLOCKERS);

  if (top.length === 0) {
    return (
      <ChartCard title="Most frequent blockers" titleId={titleId}>
        <p className="rounded-lg border border-dashed border-border px-4 py-8 text-center text-sm text-fg-muted">
          No rule blocks any project right now.
        </p>
      </ChartCard>
    );
  }

  const summary =
    `Bar chart of the ${plural(top.length, "most frequent blocker")} by number of projects: ` +
    `${top.map((item) => `${item.title} ${item.count}`).join(", ")}. The list below links to the affected projects.`;

  return (
    <ChartCard
      title="Most frequent blockers"
      titleId={titleId}
      description="Rules blocking the most projects. Choose one to see the projects it blocks."
    >
      <ChartBox>
        <div className={BOX_HEIGHT} style={{ "--bars": top.length } as CSSProperties}>
          <LazyBlockersBarChart data={top} summary={summary} />
        </div>
      </ChartBox>
      <ol className="divide-y divide-border text-sm" aria-label="Most frequent blockers, with links to the projects they block">
        {top.map((item, rank) => (
          <li key={item.ruleId} className="print:break-inside-avoid">
            <Link
              href={item.href}
              prefetch={false}
              title={`Rule ${item.ruleId}`}
              className="group flex items-baseline gap-3 rounded-md px-2 py-2 hover:bg-surface-muted"
            >
              <span aria-hidden className="w-5 shrink-0 text-right tabular-nums text-fg-muted">
                {rank + 1}.
              </span>
              <span className="min-w-0 flex-1 group-hover:underline">{item.title}</span>
              <span className="shrink-0 tabular-nums text-fg-muted">— {plural(item.count, "project")}</span>
            </Link>
          </li>
        ))}
      </ol>
    </ChartCard>
  );
}
