import Link from "next/link";
import { describePath } from "@/lib/readiness/describe-path";
import { Card } from "@/components/ui/card";
import {
  areaByKey,
  ENUM_LABELS,
  locateTarget,
  SEVERITIES,
  TRACK_LABELS,
  TRACKS,
  type AnyFinding,
  type Severity,
  type Track,
} from "@/lib/readiness/client";
import { WINDOW_LABELS, windowFor } from "@/lib/remediation";

export type FindingItem = AnyFinding & FindingFacts;

interface FindingFacts {
  /** The rule's title in plain words; the id is only a tooltip here (it stays in the CSV and the API). */
  title: string;
  /** The whole name of the row the finding is about, when the message quotes it cut short. */
  subject: string | null;
  responsible: string | null;
}

// The engine quotes names cut with an ellipsis (lib/readiness/engine/text.ts).
const isCut = (message: string) => message.includes('…"');

const ICON: Record<Severity, string> = { blocker: "✕", warning: "!", info: "i" };
const SEVERITY_CLASS: Record<Severity, string> = { blocker: "text-danger", warning: "text-warning", info: "text-fg-muted" };

/** "Launch gate", else the track's 30-day window (seed 002): "Days 31–60 · Semantics". */
function trackHeading(track: Track): string {
  if (track === "launch-gate") return TRACK_LABELS[track];
  return `${WINDOW_LABELS[windowFor("warning", track)]} · ${TRACK_LABELS[track]}`;
}

/** Ruleset 1.0.0 findings carry no track: they are launch questions, like the remediation plan treats them. */
function trackOf(finding: FindingItem): Track {
  return "track" in finding ? finding.track : "launch-gate";
}

function severityCounts(group: readonly FindingItem[]): string {
  return SEVERITIES.flatMap((severity) => {
    const count = group.filter((f) => f.severity === severity).length;
    if (count === 0) return [];
    const label = ENUM_LABELS.severity[severity].toLowerCase();
    return [`${count} ${label}${count === 1 || severity === "info" ? "" : "s"}`];
  }).join(", ");
}

/**
 * Findings grouped by the 90-day track they belong to (launch gate first, then the three
 * windows), most severe first within a track, each with its severity, remediation, where it
 * sits, who should act, and a link to the field.
 */
export function FindingsList({
  findings,
  workspaceHref,
  rulesetVersion,
}: {
  findings: FindingItem[];
  workspaceHref: string;
  rulesetVersion: string;
}) {
  const rulesHref = `/rules?ruleset=${rulesetVersion}`;
  const allRules = (
    <Link href={rulesHref} className="text-sm font-normal text-accent underline print:hidden">
      All rules of ruleset {rulesetVersion}
    </Link>
  );
  if (findings.length === 0) {
    return (
      <Card>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Findings</h2>
          {allRules}
        </div>
        <p className="mt-2 text-sm text-fg-muted">No findings on the current draft.</p>
      </Card>
    );
  }
  return (
    <Card className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Findings</h2>
        {allRules}
      </div>
      {TRACKS.map((track) => {
        const group = findings
          .filter((f) => trackOf(f) === track)
          .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
        if (group.length === 0) return null;
        return (
          <section key={track} aria-labelledby={`findings-${track}`} data-testid="findings-track" data-track={track}>
            <h3 id={`findings-${track}`} className="font-semibold">
              {trackHeading(track)} <span className="font-normal text-fg-muted">({severityCounts(group)})</span>
            </h3>
            <ul className="mt-2 divide-y divide-border">
              {group.map((finding) => {
                const { area } = locateTarget(finding.target);
                return (
                  <li
                    key={`${finding.ruleId}-${finding.target}`}
                    className="py-3 text-sm print:break-inside-avoid"
                    data-rule-id={finding.ruleId}
                  >
                    <p className="font-medium break-words" title={finding.subject ?? undefined}>
                      <span className={`font-semibold ${SEVERITY_CLASS[finding.severity]}`}>
                        <span aria-hidden>{ICON[finding.severity]} </span>
                        {ENUM_LABELS.severity[finding.severity]}:
                      </span>{" "}
                      {finding.message}
                    </p>
                    {finding.subject && isCut(finding.message) ? <p className="mt-1 break-words">In full: “{finding.subject}”</p> : null}
                    <p className="mt-1 text-fg-muted">{finding.remediation}</p>
                    <p className="mt-1 text-xs text-fg-muted">
                      <abbr title={`Rule ${finding.ruleId}`} className="no-underline">
                        {finding.title}
                      </abbr>{" "}
                      · {describePath(finding.target)}
                      {area && !finding.target.startsWith("scores.") ? ` · ${areaByKey(area).label}` : ""}
                      {finding.responsible ? ` · to fix: ${finding.responsible}` : ""} ·{" "}
                      <Link href={`${workspaceHref}#${finding.target}`} className="text-accent underline">
                        Open in the workspace
                      </Link>
                      <span className="print:hidden">
                        {" "}
                        ·{" "}
                        <Link href={`${rulesHref}#${finding.ruleId}`} className="text-accent underline">
                          Why?<span className="sr-only"> (the rule explained)</span>
                        </Link>
                      </span>
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </Card>
  );
}
