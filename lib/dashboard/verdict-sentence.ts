/**
 * The one sentence an executive reads under the verdict: what blocks launch, and who must
 * fix it — or, when nothing blocks, what is left. Built from the evaluation and the answers
 * only, so the dashboard and the portfolio say the same thing. Pure.
 */
import { areaByKey, isAreaKey, ruleTitle, type AnyEvaluation, type AnyFinding, type AnyRuleId, type JudgedDocument } from "@/lib/readiness";
import { findingSubject } from "./finding-subject";
import { responsibleFor } from "./responsible";

const MAX_PHRASES = 3;
const MAX_PEOPLE = 3;
const MAX_NAME = 48;

const cut = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1).trimEnd()}…` : text);
const lowerFirst = (text: string) =>
  text.charAt(1) === text.charAt(1).toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** "a", "a and b", "a, b, and c" (a comma before "and" once a phrase may hold "and" itself). */
function list(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items[items.length - 1]}`;
}

function countWord(count: number, one: string, many: string): string {
  return count === 1 ? one : `${count} ${many}`;
}

/** One rule's blockers as a phrase: "the failing test case “Refund…”", "Rollout and rollback planning scored 2". */
function phrase(ruleId: AnyRuleId, findings: readonly AnyFinding[], document: JudgedDocument): string {
  const [first] = findings;
  if (ruleId === "SCORE_BELOW_3") {
    if (findings.length > 1) return `${findings.length} areas scored below 3`;
    const key = first!.target.split(".")[1] ?? "";
    const score = isAreaKey(key) ? document.scores?.[key]?.score : undefined;
    return isAreaKey(key) && score !== undefined ? `${areaByKey(key).label} scored ${score}` : lowerFirst(ruleTitle(ruleId));
  }
  if (ruleId === "TEST_CASE_FAILING") {
    if (findings.length > 1) return `${findings.length} failing test cases`;
    const name = findingSubject(first!.target, document);
    return name ? `the failing test case “${cut(name)}”` : "a failing test case";
  }
  const title = lowerFirst(ruleTitle(ruleId));
  if (findings.length > 1) return `${title} (${findings.length} times)`;
  const name = findingSubject(first!.target, document);
  return name ? `${title}: “${cut(name)}”` : title;
}

export interface VerdictSentenceInput {
  evaluation: Pick<AnyEvaluation, "verdict" | "findings" | "completeness">;
  document: JudgedDocument;
  /** The project's owner in Preflight: who fixes a blocker when the answers name nobody. */
  projectOwner?: string | null;
}

/** The person a "Name, Title" or "Name (Title)" answer names: one answer may say it one way, another the other. */
const personKey = (name: string) => name.split(/[(,]/)[0]!.trim().replace(/\s+/g, " ").toLowerCase();

/** Each person once, as the first answer naming them wrote it. */
function samePeopleOnce(names: (string | null)[]): string[] {
  const byPerson = new Map<string, string>();
  for (const name of names) if (name && !byPerson.has(personKey(name))) byPerson.set(personKey(name), name);
  return [...byPerson.values()];
}

export function verdictSentence({ evaluation, document, projectOwner }: VerdictSentenceInput): string {
  const blockers = evaluation.findings.filter((f) => f.severity === "blocker");
  const warnings = evaluation.findings.filter((f) => f.severity === "warning").length;
  if (blockers.length === 0) {
    const review = warnings === 0 ? "" : `; ${countWord(warnings, "1 warning", "warnings")} to review`;
    if (evaluation.verdict === "ready") return `Ready to launch: nothing blocks it${review}.`;
    const { questionsAnswered, questionsTotal, areasScored, areasTotal } = evaluation.completeness;
    return `Incomplete: ${questionsAnswered} of ${questionsTotal} questions answered and ${areasScored} of ${areasTotal} areas scored; nothing blocks it so far${review}.`;
  }
  const byRule = new Map<AnyRuleId, AnyFinding[]>();
  for (const finding of blockers) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const phrases = [...byRule].map(([ruleId, findings]) => phrase(ruleId, findings, document));
  const shown = phrases.length > MAX_PHRASES ? [...phrases.slice(0, MAX_PHRASES - 1), `${phrases.length - MAX_PHRASES + 1} more`] : phrases;
  const people = samePeopleOnce(blockers.map((f) => responsibleFor(f, document) ?? projectOwner ?? null));
  const named = people.length > MAX_PEOPLE ? [...people.slice(0, MAX_PEOPLE - 1), `${people.length - MAX_PEOPLE + 1} others`] : people;
  // Answers often hold "Name, Title": then only semicolons keep the people apart.
  const fixers = named.some((name) => name.includes(",")) ? named.join("; ") : list(named);
  return `Blocked by ${blockers.length}: ${list(shown)} — ${fixers ? `to fix: ${fixers}` : "nobody is named to fix it yet"}.`;
}

/**
 * The portfolio's headline sentence: how many projects are blocked and by what most often.
 * Counts are the whole portfolio's (never a filtered table's).
 */
export function portfolioSentence(
  counts: Record<"ready" | "incomplete" | "blocked", number>,
  top?: { title: string; count: number },
): string {
  const total = counts.ready + counts.incomplete + counts.blocked;
  const projects = (n: number) => `${n} project${n === 1 ? "" : "s"}`;
  const rest = `${counts.ready} ready to launch, ${counts.incomplete} incomplete`;
  if (counts.blocked === 0) return `Nothing blocks any of the ${projects(total)}: ${rest}.`;
  const cause = top && top.count > 0 ? `, most often by “${top.title}” (${projects(top.count)})` : "";
  return `${counts.blocked} of ${projects(total)} ${counts.blocked === 1 ? "is" : "are"} blocked${cause}; ${rest}.`;
}
