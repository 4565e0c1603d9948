/**
 * Portfolio: how many projects are ready, incomplete and blocked, as three stat cards.
 * Server component (no "use client"): `hrefFor` is a function, which only a server
 * parent can hand over. Each card becomes a link to the filtered table when given.
 */
import Link from "next/link";
import type { Verdict } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { plural, share } from "./chart-format";
import { VERDICT_LOOK } from "./verdict-look";

export interface VerdictCountsProps {
  counts: { ready: number; incomplete: number; blocked: number };
  hrefFor?: (verdict: Verdict) => string;
  /** The verdict the table below is filtered to: its card is marked, the counts stay whole. */
  active?: Verdict;
}

const ORDER: readonly Verdict[] = ["ready", "incomplete", "blocked"];

const ACCENT: Record<Verdict, string> = {
  ready: "border-l-success",
  incomplete: "border-l-warning",
  blocked: "border-l-danger",
};

const CARD = "flex h-full items-center gap-4 rounded-xl border border-l-4 border-border bg-surface p-5 shadow-sm print:shadow-none";

export function VerdictCounts({ counts, hrefFor, active }: VerdictCountsProps) {
  const titleId = "verdict-counts-title"; // useId repeats across server components, so ids are fixed per component
  const total = counts.ready + counts.incomplete + counts.blocked;

  return (
    <section aria-labelledby={titleId} className="print:break-inside-avoid">
      <h2 id={titleId} className="sr-only">
        Verdict counts
      </h2>
      <ul className="grid gap-4 sm:grid-cols-3">
        {ORDER.map((verdict) => {
          const look = VERDICT_LOOK[verdict];
          const count = counts[verdict];
          // The sr-only punctuation makes the card read as one phrase: "Ready: 12, 40% of 30 projects".
          const body = (
            <>
              <span
                aria-hidden
                className={cn("flex size-11 shrink-0 items-center justify-center rounded-full border-2 text-xl font-bold", look.chip)}
              >
                {look.icon}
              </span>
              <span className="flex min-w-0 flex-col">
                <span className={cn("text-sm font-semibold", look.text)}>{look.label}</span>
                <span className="sr-only">: </span>
                <span className="text-3xl leading-tight font-semibold tabular-nums">{count}</span>
                <span className="sr-only">, </span>
                <span className="text-xs text-fg-muted">
                  {total === 0 ? "No projects yet" : `${share(count, total)}% of ${plural(total, "project")}`}
                </span>
              </span>
            </>
          );
          return (
            <li key={verdict}>
              {hrefFor ? (
                <Link
                  href={hrefFor(verdict)}
                  prefetch={false}
                  aria-current={active === verdict ? "true" : undefined}
                  className={cn(
                    CARD,
                    ACCENT[verdict],
                    "group transition hover:bg-surface-muted hover:shadow-md",
                    active === verdict && "ring-2 ring-accent",
                  )}
                >
                  {body}
                  <span
                    aria-hidden
                    className="ml-auto self-center text-fg-muted transition-transform group-hover:translate-x-0.5 print:hidden"
                  >
                    →
                  </span>
                </Link>
              ) : (
                <div className={cn(CARD, ACCENT[verdict])}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
