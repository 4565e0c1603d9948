/**
 * What a newer ruleset would change about a snapshot: the findings the kept evaluation lacks
 * (gained) and those it has that the re-judgement drops (lost), matched by rule and target,
 * not by message (2.0.0 words some messages and sources differently for the same finding).
 * Pure; the snapshot page shows it, the snapshot itself keeps the verdict it was given.
 */
import { ruleTitle, SEVERITIES, type AnyEvaluation, type AnyFinding, type EvaluationV2, type Severity } from "@/lib/readiness";

export interface ChangedFinding {
  ruleId: string;
  title: string;
  target: string;
  message: string;
  severity: Severity;
}

export interface RulesetChange {
  from: string;
  to: string;
  gained: ChangedFinding[];
  lost: ChangedFinding[];
  gainedBySeverity: Record<Severity, number>;
  lostBySeverity: Record<Severity, number>;
}

const keyOf = (finding: AnyFinding) => `${finding.ruleId}\u0000${finding.target}`;

function changed(finding: AnyFinding): ChangedFinding {
  const { ruleId, target, message, severity } = finding;
  return { ruleId, title: ruleTitle(ruleId), target, message, severity };
}

function countBySeverity(findings: readonly ChangedFinding[]): Record<Severity, number> {
  const counts = { blocker: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `kept`: the evaluation the snapshot stored; `rejudged`: its document judged again by a newer ruleset. */
export function rulesetChange(kept: AnyEvaluation, rejudged: EvaluationV2): RulesetChange {
  const keptKeys = new Set(kept.findings.map(keyOf));
  const rejudgedKeys = new Set(rejudged.findings.map(keyOf));
  const gained = rejudged.findings.filter((f) => !keptKeys.has(keyOf(f))).map(changed);
  const lost = kept.findings.filter((f) => !rejudgedKeys.has(keyOf(f))).map(changed);
  return {
    from: kept.rulesetVersion,
    to: rejudged.rulesetVersion,
    gained,
    lost,
    gainedBySeverity: countBySeverity(gained),
    lostBySeverity: countBySeverity(lost),
  };
}

const NOUNS: Readonly<Record<Severity, [string, string]>> = {
  blocker: ["blocker", "blockers"],
  warning: ["warning", "warnings"],
  info: ["info", "info"],
};

function counted(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${NOUNS[s][counts[s] === 1 ? 0 : 1]}`);
  return parts.length <= 2 ? parts.join(" and ") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** "Under ruleset 2.0.0 this snapshot would gain 3 warnings and lose 1 info." */
export function rulesetChangeSentence(change: RulesetChange): string {
  const gain = counted(change.gainedBySeverity);
  const lose = counted(change.lostBySeverity);
  const opening = `Under ruleset ${change.to} this snapshot would`;
  if (!gain && !lose) return `${opening} have the same findings.`;
  if (gain && lose) return `${opening} gain ${gain} and lose ${lose}.`;
  return gain ? `${opening} gain ${gain}.` : `${opening} lose ${lose}.`;
}
