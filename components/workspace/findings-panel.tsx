"use client";

import { useState } from "react";
import {
  ENUM_LABELS,
  SEVERITIES,
  areaByKey,
  locateTarget,
  questionByKey,
  type FindingV2 as Finding,
  type Severity,
} from "@/lib/readiness/client";
import { describePath } from "@/lib/readiness/describe-path";
import { cn } from "@/lib/utils/cn";
import { stepForPath, type StepKey } from "./paths";
import { stepLabel, stepNumber } from "./step-navigator";

/** Shape + text for each severity, so colour is never the only signal. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { blocker: "✕", warning: "!", info: "i" };

const SEVERITY_TITLE: Readonly<Record<Severity, string>> = { blocker: "Blockers", warning: "Warnings", info: "Info" };

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  blocker: "border-danger bg-danger-soft text-danger",
  warning: "border-warning bg-warning-soft text-warning",
  info: "border-border bg-surface-muted text-fg",
};

const IN_PROGRESS_CLASS = "border-dashed border-border bg-surface text-fg";

/** "Q5 · Security controls", "P6 · Rollout and rollback", or the area alone for score findings. */
function whereOf(finding: Finding): string {
  const { question, area, planSection } = locateTarget(finding.target);
  const parts: string[] = [];
  if (question !== null) parts.push(questionByKey(question).number);
  if (planSection !== undefined) parts.push(stepNumber(planSection));
  if (area !== null) parts.push(areaByKey(area).label);
  return parts.join(" · ");
}

function FindingButton({ finding, className, onSelect }: { finding: Finding; className: string; onSelect: (target: string) => void }) {
  return (
    <button
      type="button"
      onClick={() => onSelect(finding.target)}
      data-rule-id={finding.ruleId}
      data-target={finding.target}
      className={cn("block w-full rounded-lg border p-3 text-left text-sm hover:opacity-90", className)}
    >
      <span className="sr-only">{ENUM_LABELS.severity[finding.severity]}: </span>
      <span className="block font-medium">{finding.message}</span>
      <span className="mt-1 block text-fg">{finding.remediation}</span>
      <span className="mt-1 block text-xs text-fg-muted">
        {whereOf(finding)} — go to {describePath(finding.target)}
      </span>
    </button>
  );
}

export interface FindingsPanelProps {
  settled: readonly Finding[];
  /** Findings on the parts of the open step being filled in: listed, not counted. */
  inProgress: readonly Finding[];
  step: StepKey;
  rulesetVersion: string;
  onSelect: (target: string) => void;
  /** Keeps ids unique when the phone's sheet and the side panel are both in the page. */
  idPrefix: string;
  className?: string;
  testId: string;
}

/**
 * The live findings of the current draft, grouped by severity; each one jumps to its field.
 * It shows the open step's findings first (the ones the person can act on now), with a
 * switch to all of them, and scrolls on its own so it never runs past the screen.
 */
export function FindingsPanel({ settled, inProgress, step, rulesetVersion, onSelect, idPrefix, className, testId }: FindingsPanelProps) {
  const [scope, setScope] = useState<"step" | "all">("step");
  const inScope = (finding: Finding) => scope === "all" || stepForPath(finding.target) === step;
  const shown = settled.filter(inScope);
  const elsewhere = settled.length - shown.length;
  const groups = SEVERITIES.map((severity) => ({ severity, findings: shown.filter((f) => f.severity === severity) }));
  const titleId = `${idPrefix}-title`;
  const scopeButton = (value: "step" | "all", label: string) => (
    <button
      type="button"
      aria-pressed={scope === value}
      onClick={() => setScope(value)}
      className="rounded-md px-2.5 py-1 text-xs font-medium text-fg-muted aria-pressed:bg-surface aria-pressed:text-fg aria-pressed:shadow-sm"
    >
      {label}
    </button>
  );
  return (
    <section
      aria-labelledby={titleId}
      className={cn("space-y-4 rounded-xl border border-border bg-surface p-4", className)}
      data-testid={testId}
      data-scope={scope}
    >
      <div className="space-y-2">
        <h2 id={titleId} className="text-lg font-semibold">
          Findings
        </h2>
        <div role="group" aria-label="Which findings to show" className="inline-flex rounded-lg bg-surface-muted p-0.5">
          {scopeButton("step", `${stepNumber(step)} ${stepLabel(step)} (${settled.length - elsewhere})`)}
          {scopeButton("all", `All (${settled.length})`)}
        </div>
        <p className="text-xs text-fg-muted">
          Checked against ruleset {rulesetVersion} as you type.{" "}
          <a href={`/rules?ruleset=${rulesetVersion}`} className="underline" target="_blank" rel="noopener">
            All rules
          </a>
        </p>
      </div>
      {shown.length === 0 && inProgress.length === 0 ? (
        <p className="text-sm text-fg-muted">
          {scope === "step"
            ? "No findings on this step."
            : "No findings. Answered questions and scores are checked here as you fill them in."}
          {scope === "step" && elsewhere > 0 ? (
            <>
              {" "}
              <button type="button" className="text-accent underline" onClick={() => setScope("all")}>
                Show {elsewhere} on other steps
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {groups.map(({ severity, findings }) =>
        findings.length === 0 ? null : (
          <div key={severity} className="space-y-2">
            <h3 className="text-sm font-semibold">
              <span
                aria-hidden
                className={cn("mr-1 inline-flex h-5 w-5 items-center justify-center rounded-full border text-xs", SEVERITY_CLASS[severity])}
              >
                {SEVERITY_ICON[severity]}
              </span>
              {SEVERITY_TITLE[severity]} ({findings.length})
            </h3>
            <ul className="space-y-2">
              {findings.map((finding) => (
                <li key={`${finding.ruleId}:${finding.target}:${finding.message}`}>
                  <FindingButton finding={finding} className={SEVERITY_CLASS[severity]} onSelect={onSelect} />
                  {/* Beside the button, not in it: a link inside a button is not operable. A new tab keeps the draft in view. */}
                  <a
                    href={`/rules?ruleset=${rulesetVersion}#${finding.ruleId}`}
                    className="mt-1 inline-block text-xs text-fg-muted underline"
                    target="_blank"
                    rel="noopener"
                  >
                    Why? <span className="sr-only">(the rule explained)</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {inProgress.length === 0 ? null : (
        <div className="space-y-2" data-testid="findings-in-progress">
          <h3 className="text-sm font-semibold">
            <span
              aria-hidden
              className="mr-1 inline-flex h-5 w-5 items-center justify-center rounded-full border border-dashed border-border text-xs"
            >
              ◐
            </span>
            Still being filled in ({inProgress.length})
          </h3>
          <p className="text-xs text-fg-muted">Not counted yet: they count once you leave this step.</p>
          <ul className="space-y-2">
            {inProgress.map((finding) => (
              <li key={`${finding.ruleId}:${finding.target}:${finding.message}`}>
                <FindingButton finding={finding} className={IN_PROGRESS_CLASS} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
