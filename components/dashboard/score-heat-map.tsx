/**
 * Portfolio: projects × the seven areas as a plain HTML table (server-rendered, no chart
 * library), so it is its own text alternative. Built for 1,000 rows: cells carry only a
 * `data-band` / `data-verdict` attribute and every style is declared once on the wrapper
 * (arbitrary variants), which keeps the HTML and RSC payload small; the header row and
 * the project column stick while the table scrolls in its own focusable region.
 */
import Link from "next/link";
import { AREAS, type AreaKey, type Verdict } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { ChartCard } from "./chart-card";
import { BLOCKING_SCORE_THRESHOLD as THRESHOLD } from "@/lib/readiness/keys";
import { AREA_SHORT_LABELS, scoreBand, type ScoreBand } from "@/lib/readiness/score-meaning";
import { formatScore, plural } from "./chart-format";
import { VERDICT_LOOK } from "./verdict-look";

export interface ScoreHeatMapRow {
  projectId: string;
  name: string;
  href: string;
  verdict: Verdict;
  scores: Partial<Record<AreaKey, number>>;
}

export interface ScoreHeatMapProps {
  rows: ScoreHeatMapRow[];
  caption: string;
}

// Band looks, shared by the legend samples and the cells. A blocker reads as one without
// colour: ✕ marker, bold, a 2px outline (prints even without background graphics) and hatching.
const BAND_STYLES = cn(
  "[&_[data-band=blocker]]:font-bold [&_[data-band=blocker]]:text-danger [&_[data-band=blocker]]:bg-danger-soft",
  "[&_[data-band=blocker]]:outline-2 [&_[data-band=blocker]]:-outline-offset-2 [&_[data-band=blocker]]:outline-danger",
  "[&_[data-band=blocker]]:bg-[image:repeating-linear-gradient(135deg,transparent_0_5px,color-mix(in_srgb,var(--danger)_18%,transparent)_5px_7px)]",
  "[&_[data-band=fair]]:bg-warning-soft [&_[data-band=strong]]:bg-success-soft [&_[data-band=unscored]]:text-fg-muted",
  "[&_[data-verdict=blocked]]:text-danger [&_[data-verdict=incomplete]]:text-warning [&_[data-verdict=ready]]:text-success",
  "[print-color-adjust:exact]",
);

// Styles every body cell shares, declared once for the whole table (7,000+ cells at 1,000 projects).
const TABLE_STYLES = cn(
  "w-full border-separate border-spacing-0 text-sm",
  "[&_td]:border-t [&_td]:border-border [&_td]:px-2 [&_td]:py-1.5 [&_td]:text-center [&_td]:tabular-nums",
  "[&_td[data-verdict]]:text-left [&_td[data-verdict]]:whitespace-nowrap",
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:z-10 [&_tbody_th]:border-t [&_tbody_th]:border-r [&_tbody_th]:border-border",
  "[&_tbody_th]:bg-surface [&_tbody_th]:px-3 [&_tbody_th]:py-1.5 [&_tbody_th]:text-left [&_tbody_th]:font-medium",
  "[&_tbody_th]:min-w-40 [&_tbody_th]:max-w-72",
  "[&_tbody_a]:text-accent [&_tbody_a]:hover:underline",
);

const HEAD_CELL = "sticky top-0 z-20 border-b border-border bg-surface-muted px-2 py-2 font-semibold";

const LEGEND: { band: ScoreBand; sample: string; label: string }[] = [
  { band: "blocker", sample: "✕ 1–2", label: `Below ${THRESHOLD}: blocks launch` },
  { band: "fair", sample: "3", label: "Meets the threshold" },
  { band: "strong", sample: "4–5", label: "Strong" },
  { band: "unscored", sample: "–", label: "Not scored" },
];

function ScoreCell({ score }: { score: number | undefined }) {
  const band = scoreBand(score);
  if (band === "unscored") {
    return (
      <td data-band="unscored">
        <span aria-hidden>–</span>
        <span className="sr-only">not scored</span>
      </td>
    );
  }
  return (
    <td data-band={band}>
      {band === "blocker" ? <span aria-hidden>✕ </span> : null}
      {formatScore(score)}
      {band === "blocker" ? <span className="sr-only"> blocker</span> : null}
    </td>
  );
}

export function ScoreHeatMap({ rows, caption }: ScoreHeatMapProps) {
  const titleId = "score-heat-map-title"; // useId repeats across server components, so ids are fixed per component
  let blockerScores = 0;
  let blockedProjects = 0;
  for (const row of rows) {
    const n = AREAS.filter((area) => scoreBand(row.scores[area.key]) === "blocker").length;
    blockerScores += n;
    if (n > 0) blockedProjects += 1;
  }

  return (
    <ChartCard
      title={caption}
      titleId={titleId}
      className={BAND_STYLES}
      description={`${plural(rows.length, "project")} · ${plural(blockerScores, "score")} below ${THRESHOLD} in ${plural(blockedProjects, "project")}`}
    >
      <ul aria-label="Score legend" className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-fg-muted">
        {LEGEND.map((item) => (
          <li key={item.band} className="inline-flex items-center gap-2">
            <span
              aria-hidden
              data-band={item.band}
              className="inline-block min-w-12 rounded px-1.5 py-0.5 text-center text-fg tabular-nums"
            >
              {item.sample}
            </span>
            {item.label}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border px-4 py-8 text-center text-sm text-fg-muted">No projects to show.</p>
      ) : (
        // Scrolls on its own so the sticky header and project column stay in view; focusable so keyboard users can scroll it.
        <div
          role="region"
          aria-label={`${caption}, scrollable table`}
          tabIndex={0}
          className="max-h-[70vh] overflow-auto rounded-lg border border-border print:max-h-none print:overflow-visible"
        >
          <table className={TABLE_STYLES}>
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={cn(HEAD_CELL, "left-0 z-30 px-3 text-left")}>
                  Project
                </th>
                <th scope="col" className={cn(HEAD_CELL, "text-left")}>
                  Verdict
                </th>
                {AREAS.map((area) => (
                  <th key={area.key} scope="col" className={cn(HEAD_CELL, "text-center whitespace-nowrap")}>
                    <abbr title={area.label} aria-hidden className="no-underline">
                      {AREA_SHORT_LABELS[area.key]}
                    </abbr>
                    <span className="sr-only">{area.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.projectId}>
                  <th scope="row">
                    {/* No prefetch: scrolling 1,000 rows would otherwise fire a request per visible project. */}
                    <Link href={row.href} prefetch={false}>
                      {row.name}
                    </Link>
                  </th>
                  <td data-verdict={row.verdict}>
                    <span aria-hidden>{`${VERDICT_LOOK[row.verdict].icon} `}</span>
                    {VERDICT_LOOK[row.verdict].label}
                  </td>
                  {AREAS.map((area) => (
                    <ScoreCell key={area.key} score={row.scores[area.key]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ChartCard>
  );
}
