/**
 * The plan generator: one item per open finding of an evaluation, placed in its window with
 * a due date and a suggested owner. Pure and deterministic: the start date (and the launch
 * date) are arguments, never the clock, and the same input gives the same items in the same
 * order.
 */
import {
  isRulesetVersion,
  rulesetRule,
  SEVERITIES,
  TRACKS,
  type AnyEvaluation,
  type AnyFinding,
  type JudgedDocument,
  type Severity,
  type Track,
} from "@/lib/readiness";
import { launchDateOf } from "./launch-date";
import { suggestOwner } from "./owner";
import { itemKey, REMEDIATION_WINDOWS, type CalendarDate, type GeneratedItem } from "./types";
import { dueDateFor, windowFor } from "./windows";

export interface GeneratePlanInput {
  /** An evaluation by ruleset 1.0.0 or 2.0.0 of `document`. */
  evaluation: AnyEvaluation;
  document: JudgedDocument;
  /** Day 1 of the plan. */
  start: CalendarDate;
  /** Undefined: the document's (`launchDateOf`); null: no launch date even if the rollout names one. */
  launchDate?: CalendarDate | null;
  /** Info findings become items too (default: blockers and warnings only). */
  includeInfo?: boolean;
}

/**
 * The rule's title and track. Ruleset 1.0.0 findings carry no track: every v1 rule is in
 * 2.0.0 with one, so the 2.0.0 registry answers for both. An id no ruleset knows (a newer
 * ruleset's) keeps its id as title and goes through the launch gate, the cautious choice.
 */
function ruleFacts(finding: AnyFinding, rulesetVersion: string): { title: string; track: Track } {
  const own = isRulesetVersion(rulesetVersion) ? rulesetRule(rulesetVersion, finding.ruleId) : null;
  const latest = rulesetRule("2.0.0", finding.ruleId);
  const track = "track" in finding ? finding.track : (latest?.track ?? "launch-gate");
  return { title: own?.title ?? latest?.title ?? finding.ruleId, track };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { blocker: 0, warning: 1, info: 2 };

function joinDistinct(first: string, second: string): string {
  return first.split("\n").includes(second) ? first : `${first}\n${second}`;
}

interface Draft {
  item: Omit<GeneratedItem, "window" | "dueDate">;
  order: number;
}

/**
 * Findings that share a rule and target (no released rule emits two, but nothing forbids it)
 * become one item: its key must be unique and stable. The item keeps the most severe
 * severity, every distinct message and remediation (one per line) and its first position.
 */
function mergeByKey(findings: readonly AnyFinding[], input: GeneratePlanInput): Draft[] {
  const drafts = new Map<string, Draft>();
  findings.forEach((finding, order) => {
    const key = itemKey(finding.ruleId, finding.target);
    const known = drafts.get(key);
    if (known !== undefined) {
      const item = known.item;
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[item.severity]) item.severity = finding.severity;
      item.message = joinDistinct(item.message, finding.message);
      item.remediation = joinDistinct(item.remediation, finding.remediation);
      return;
    }
    const { title, track } = ruleFacts(finding, input.evaluation.rulesetVersion);
    drafts.set(key, {
      order,
      item: {
        key,
        ruleId: finding.ruleId,
        target: finding.target,
        severity: finding.severity,
        track,
        title,
        message: finding.message,
        remediation: finding.remediation,
        suggestedOwner: suggestOwner(input.document, finding.target),
      },
    });
  });
  return [...drafts.values()];
}

/** Window, then blocker → warning → info, then track order, then the evaluation's order. */
function compareItems(a: GeneratedItem & { order: number }, b: GeneratedItem & { order: number }): number {
  return (
    REMEDIATION_WINDOWS.indexOf(a.window) - REMEDIATION_WINDOWS.indexOf(b.window) ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) ||
    a.order - b.order
  );
}

export function generatePlan(input: GeneratePlanInput): GeneratedItem[] {
  const launchDate = input.launchDate === undefined ? launchDateOf(input.document) : input.launchDate;
  const open = input.evaluation.findings.filter((finding) => input.includeInfo === true || finding.severity !== "info");
  const placed = mergeByKey(open, input).map(({ item, order }) => {
    const window = windowFor(item.severity, item.track);
    return { ...item, window, dueDate: dueDateFor(window, item.severity, input.start, launchDate), order };
  });
  return placed.sort(compareItems).map(({ order: _order, ...item }) => item);
}
