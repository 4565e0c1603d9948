"use client";

import { ENUM_LABELS, SEVERITIES, areaByKey, locateTarget, questionByKey, type Evaluation, type Finding, type Severity } from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";
import { describePath } from "@/lib/readiness/describe-path";

/** Shape + text for each severity, so colour is never the only signal. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { blocker: "✕", warning: "!", info: "i" };

const SEVERITY_TITLE: Readonly<Record<Severity, string>> = { blocker: "Blockers", warning: "Warnings", info: "Info" };

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  blocker: "border-danger bg-danger-soft text-danger",
  warning: "border-warning bg-warning-soft text-warning",
  info: "border-border bg-surface-muted text-fg",
};

/** "Q5 · Security controls", or the area alone for score findings. */
function whereOf(finding: Finding): string {
  const { question, area } = locateTarget(finding.target);
  const parts: string[] = [];
  if (question !== null) parts.push(questionByKey(question).number);
  if (area !== null) parts.push(areaByKey(area).label);
  return parts.join(" · ");
}

interface FindingsPanelProps {
  evaluation: Evaluation;
  onSelect: (target: string) => void;
}

/** The live findings of the current draft, grouped by severity; each one jumps to its field. */
export function FindingsPanel({ evaluation, onSelect }: FindingsPanelProps) {
  const groups = SEVERITIES.map((severity) => ({ severity, findings: evaluation.findings.filter((f) => f.severity === severity) }));
  return (
    <section aria-labelledby="workspace-findings-title" className="space-y-4 rounded-xl border border-border bg-surface p-4" data-testid="findings-panel">
      <div>
        <h2 id="workspace-findings-title" className="text-lg font-semibold">
          Findings
        </h2>
        <p className="text-xs text-fg-muted">
          Checked against ruleset {evaluation.rulesetVersion} as you type.{" "}
          <a href={`/rules?ruleset=${evaluation.rulesetVersion}`} className="underline" target="_blank" rel="noopener">
            All rules
          </a>
        </p>
      </div>
      {evaluation.findings.length === 0 ? (
        <p className="text-sm text-fg-muted">No findings. Answered questions and scores are checked here as you fill them in.</p>
      ) : null}
      {groups.map(({ severity, findings }) =>
        findings.length === 0 ? null : (
          <div key={severity} className="space-y-2">
            <h3 className="text-sm font-semibold">
              <span aria-hidden className={cn("mr-1 inline-flex h-5 w-5 items-center justify-center rounded-full border text-xs", SEVERITY_CLASS[severity])}>
                {SEVERITY_ICON[severity]}
              </span>
              {SEVERITY_TITLE[severity]} ({findings.length})
            </h3>
            <ul className="space-y-2">
              {findings.map((finding) => (
                <li key={`${finding.ruleId}:${finding.target}:${finding.message}`}>
                  <button
                    type="button"
                    onClick={() => onSelect(finding.target)}
                    data-rule-id={finding.ruleId}
                    className={cn("block w-full rounded-lg border p-3 text-left text-sm hover:opacity-90", SEVERITY_CLASS[severity])}
                  >
                    <span className="sr-only">{ENUM_LABELS.severity[severity]}: </span>
                    <span className="block font-medium">{finding.message}</span>
                    <span className="mt-1 block text-fg">{finding.remediation}</span>
                    <span className="mt-1 block text-xs text-fg-muted">
                      {whereOf(finding)} — go to {describePath(finding.target)}
                    </span>
                  </button>
                  {/* Beside the button, not in it: a link inside a button is not operable. A new tab keeps the draft in view. */}
                  <a href={`/rules?ruleset=${evaluation.rulesetVersion}#${finding.ruleId}`} className="mt-1 inline-block text-xs text-fg-muted underline" target="_blank" rel="noopener">
                    Why? <span className="sr-only">Rule {finding.ruleId}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
