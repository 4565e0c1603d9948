/**
 * Findings as the palette finds them. Drafts store the ids of their blocking rules (the
 * evaluation summary kept on every save), not each finding's message, so a search matches
 * rule titles and ids here, then asks the database which projects are blocked by them.
 * Pure.
 */
import { RULESET_VERSION, RULESETS, type AnyRuleId } from "@/lib/readiness";
import { rankItems } from "./rank";

/** Enough rules to cover a broad word ("missing") without sending the whole ruleset. */
const RULES_PER_SEARCH = 40;

/** The rules the app judges with (2.0.0: the plan's rules too), since drafts store their ids. */
const RULES = RULESETS[RULESET_VERSION].rules;

export function matchingRuleIds(typed: string): AnyRuleId[] {
  return rankItems(RULES, (rule) => [rule.title, rule.id, rule.id.replaceAll("_", " ")], typed, RULES_PER_SEARCH).map((rule) => rule.id);
}

/** The project's workspace on the rule's question, where the fix is made; the dashboard for score rules. */
export function findingHref(projectBase: string, rule: { question?: string }): string {
  return rule.question ? `${projectBase}#answers.${rule.question}` : `${projectBase}/dashboard`;
}
