/**
 * The rule catalogue: every rule of a released ruleset grouped by what it is about (the
 * nine questions, then the plan sections, then the area scores), read from `RULESETS` —
 * the same data the engine runs — so the catalogue cannot drift from the rules.
 */
import type { Severity } from "./enums";
import { AREAS } from "./framework/areas";
import { ENUM_LABELS } from "./framework/enum-labels";
import { PLAN_SECTION_LABELS } from "./framework/plan-section-labels";
import { QUESTIONS } from "./framework/questions";
import { referencesCited, type SeedReference } from "./framework/references";
import { isRulesetVersion, LATEST_RULESET_VERSION, PLAN_SECTION_KEYS, type RulesetVersion, type Track } from "./keys";
import { RULESETS, rulesetRule, type RulesetRule } from "./rules/rulesets";

/** The 90-day plan tracks (seed 002) in words. */
export const TRACK_LABELS: Readonly<Record<Track, string>> = {
  "launch-gate": "Launch gate",
  "safe-writes": "Safe writes",
  semantics: "Semantics",
  observability: "Observability",
};

export interface CatalogueRule {
  id: string;
  title: string;
  severity: Severity;
  severityLabel: string;
  track: Track;
  trackLabel: string;
  /** When the rule fires; the title where the rule has no `when` sentence. */
  when: string;
  remediation: string;
  source: string;
}

export interface CatalogueGroup {
  /** Stable anchor-friendly key: a question key, `plan-<section>` or `scores`. */
  key: string;
  heading: string;
  rules: CatalogueRule[];
}

function catalogueRule(rule: RulesetRule): CatalogueRule {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    severityLabel: ENUM_LABELS.severity[rule.severity],
    track: rule.track,
    trackLabel: TRACK_LABELS[rule.track],
    when: rule.when ?? rule.title,
    remediation: rule.remediation,
    source: rule.readableSource,
  };
}

/** Every rule of `version`, grouped; groups without rules are left out, rules keep ruleset order. */
export function ruleCatalogue(version: RulesetVersion): CatalogueGroup[] {
  const rules = RULESETS[version].rules;
  const groups: CatalogueGroup[] = [
    ...QUESTIONS.map((question) => ({
      key: question.key,
      heading: `${question.number} ${question.title}`,
      rules: rules.filter((rule) => rule.question === question.key).map(catalogueRule),
    })),
    ...PLAN_SECTION_KEYS.map((section) => ({
      key: `plan-${section}`,
      heading: `Plan: ${PLAN_SECTION_LABELS[section]}`,
      rules: rules.filter((rule) => rule.question === undefined && rule.planSection === section).map(catalogueRule),
    })),
    {
      key: "scores",
      heading: "Area scores",
      rules: rules.filter((rule) => rule.question === undefined && rule.planSection === undefined).map(catalogueRule),
    },
  ];
  return groups.filter((group) => group.rules.length > 0);
}

/**
 * The ruleset a `?ruleset=` query names: the latest when absent, null when it names no
 * released ruleset (the caller says so rather than silently showing another one).
 */
export function catalogueRuleset(value: string | string[] | undefined): RulesetVersion | null {
  if (value === undefined) return LATEST_RULESET_VERSION;
  if (typeof value !== "string") return null;
  return isRulesetVersion(value) ? value : null;
}

/** The articles and sections a ruleset's rules and the areas cite (a source may join two citations with "; "). */
export function catalogueReferences(version: RulesetVersion): SeedReference[] {
  const sources = [...RULESETS[version].rules.map((rule) => rule.source), ...AREAS.map((area) => area.source)];
  return referencesCited(sources.flatMap((source) => source.split("; ")));
}

/**
 * The articles and sections the given findings cite, for a report's appendix. A finding's
 * source is looked up by its rule (a v2 finding carries the readable form, which names no
 * file number); an id the ruleset does not know falls back to the finding's own source.
 */
export function referencesOfFindings(version: string, findings: readonly { ruleId: string; source: string }[]): SeedReference[] {
  const known = isRulesetVersion(version) ? version : null;
  const sources = findings.map((finding) => (known === null ? null : rulesetRule(known, finding.ruleId)?.source) ?? finding.source);
  return referencesCited(sources.flatMap((source) => source.split("; ")));
}
