/**
 * The released rulesets as data. 1.0.0 is the v1 registry unchanged; 2.0.0 is every rule
 * of 1.0.0 plus the rules of the integration plan, with SCORE_CONTRADICTS_ANSWERS reading
 * the wider area coverage. Each rule of a ruleset carries its 90-day track (seed 002) and
 * its source in readable form, computed once here rather than per finding.
 */
import { AREAS, PLAN_SECTION_AREA, QUESTION_AREA } from "../framework/areas";
import { readableSource, referencesCited, type SeedReference } from "../framework/references";
import { LATEST_RULESET_VERSION, type QuestionKey, type RulesetVersion, type Track } from "../keys";
import type { AnyRuleId, RuleId } from "./ids";
import { RULES } from "./registry";
import { RULES_ADDED_IN_V2 } from "./registry-v2";
import { SCORE_CONTRADICTS_ANSWERS_V2 } from "./scores-v2";
import type { Rule, RuleDefinition } from "./types";

/** Tracks of the v1 rules, from their question; score rules (no question) are launch gates. */
export const QUESTION_TRACK: Readonly<Record<QuestionKey, Track>> = {
  workflow: "launch-gate",
  dataSources: "launch-gate",
  firstLaunch: "launch-gate",
  lowConfidence: "safe-writes",
  actions: "safe-writes",
  sourceOfTruth: "semantics",
  testCases: "observability",
  logs: "observability",
  maintenance: "observability",
};

/** A rule as a ruleset runs it: its track is settled and its source readable. */
export interface RulesetRule extends Rule<AnyRuleId> {
  track: Track;
  readableSource: string;
}

function trackOf(rule: RuleDefinition): Track {
  if (rule.track !== undefined) return rule.track;
  return rule.question === undefined ? "launch-gate" : QUESTION_TRACK[rule.question];
}

export function asRulesetRule(rule: RuleDefinition): RulesetRule {
  const area =
    rule.question !== undefined
      ? QUESTION_AREA[rule.question]
      : rule.planSection !== undefined
        ? PLAN_SECTION_AREA[rule.planSection]
        : null;
  return { ...rule, ...(area === null ? {} : { area }), track: trackOf(rule), readableSource: readableSource(rule.source) };
}

const V1_WITH_V2_COVERAGE: readonly RuleDefinition<RuleId>[] = RULES.map((rule) =>
  rule.id === SCORE_CONTRADICTS_ANSWERS_V2.id ? SCORE_CONTRADICTS_ANSWERS_V2 : rule,
);

export interface Ruleset {
  version: RulesetVersion;
  rules: readonly RulesetRule[];
}

export const RULESETS: Readonly<Record<RulesetVersion, Ruleset>> = {
  "1.0.0": { version: "1.0.0", rules: RULES.map(asRulesetRule) },
  "2.0.0": { version: "2.0.0", rules: [...V1_WITH_V2_COVERAGE, ...RULES_ADDED_IN_V2].map(asRulesetRule) },
};

const BY_ID: Readonly<Record<RulesetVersion, ReadonlyMap<string, RulesetRule>>> = {
  "1.0.0": new Map(RULESETS["1.0.0"].rules.map((rule) => [rule.id, rule])),
  "2.0.0": new Map(RULESETS["2.0.0"].rules.map((rule) => [rule.id, rule])),
};

/** The rule of that id in a ruleset, or null when the ruleset has none (an unknown or newer id). */
export function rulesetRule(version: RulesetVersion, id: string): RulesetRule | null {
  return BY_ID[version].get(id) ?? null;
}

/**
 * A rule's title by id, whichever ruleset judged: every 1.0.0 rule is in 2.0.0 with the same
 * title, so the newest ruleset answers for all released ids; an unknown id stays as written.
 */
export function ruleTitle(id: string): string {
  return BY_ID[LATEST_RULESET_VERSION].get(id)?.title ?? id;
}

/** The articles and sections ruleset 2.0.0 and the areas cite (the rule catalogue and the PDF appendix list them). */
export const REFERENCES: readonly SeedReference[] = referencesCited([
  ...RULESETS["2.0.0"].rules.map((rule) => rule.source),
  ...AREAS.map((area) => area.source),
]);
