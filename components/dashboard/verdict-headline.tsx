/**
 * The verdict as the page's headline: icon, word and the one sentence that says why and who
 * must act (lib/dashboard/verdict-sentence.ts). Colour only repeats the word.
 */
import type { ReactNode } from "react";
import type { Verdict } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { VERDICT_LOOK } from "./verdict-look";

const ACCENT: Record<Verdict, string> = {
  ready: "border-l-success",
  incomplete: "border-l-warning",
  blocked: "border-l-danger",
};

export function VerdictHeadline({
  verdict,
  sentence,
  label,
  actions,
}: {
  verdict: Verdict;
  sentence: string;
  label: string;
  actions?: ReactNode;
}) {
  const look = VERDICT_LOOK[verdict];
  return (
    <section
      aria-label={label}
      className={cn(
        "flex flex-wrap items-start gap-4 rounded-xl border border-l-4 border-border bg-surface p-5 shadow-sm",
        ACCENT[verdict],
      )}
    >
      <span
        aria-hidden
        className={cn("flex size-12 shrink-0 items-center justify-center rounded-full border-2 text-2xl font-bold", look.chip)}
      >
        {look.icon}
      </span>
      <div className="min-w-0 flex-1 basis-64">
        <p className={cn("text-2xl font-semibold", look.text)} data-testid="dashboard-verdict" data-verdict={verdict}>
          {look.label}
        </p>
        <p className="mt-1 text-base break-words" data-testid="verdict-sentence">
          {sentence}
        </p>
      </div>
      {actions ? <div className="no-print flex shrink-0 items-center gap-2">{actions}</div> : null}
    </section>
  );
}
