/**
 * Ruleset v1: every rule, in one list. Adding a rule means adding it to one group file
 * (and its id to `ids.ts`); the engine, the UI and the docs read this list.
 */
import { QUESTION_AREA } from "../framework/areas";
import { RULESET_VERSIONS } from "../keys";
import type { RuleId } from "./ids";
import { WORKFLOW_RULES } from "./q1-workflow";
import { SOURCE_OF_TRUTH_RULES } from "./q2-source-of-truth";
import { DATA_SOURCE_RULES } from "./q3-data-sources";
import { LOW_CONFIDENCE_RULES } from "./q4-low-confidence";
import { ACTION_RULES } from "./q5-actions";
import { TEST_CASE_RULES } from "./q6-test-cases";
import { LOG_RULES } from "./q7-logs";
import { MAINTENANCE_RULES } from "./q8-maintenance";
import { FIRST_LAUNCH_RULES } from "./q9-first-launch";
import { SCORE_RULES } from "./scores";
import type { Rule, RuleDefinition } from "./types";

const DEFINITIONS: readonly RuleDefinition<RuleId>[] = [
  ...SCORE_RULES,
  ...WORKFLOW_RULES,
  ...SOURCE_OF_TRUTH_RULES,
  ...DATA_SOURCE_RULES,
  ...LOW_CONFIDENCE_RULES,
  ...ACTION_RULES,
  ...TEST_CASE_RULES,
  ...LOG_RULES,
  ...MAINTENANCE_RULES,
  ...FIRST_LAUNCH_RULES,
];

export const RULES: readonly Rule<RuleId>[] = DEFINITIONS.map((rule) =>
  rule.question === undefined ? rule : { ...rule, area: QUESTION_AREA[rule.question] },
);

/** Ruleset 1.0.0: the v1 registry (2.0.0 is `RULESETS` in rulesets.ts). */
export const RULESET = { version: RULESET_VERSIONS[0], rules: RULES } as const;

const BY_ID: ReadonlyMap<string, Rule<RuleId>> = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule<RuleId> {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`Unknown rule id ${id}`);
  return rule;
}
