/**
 * SCORE_CONTRADICTS_ANSWERS as ruleset 2.0.0 runs it: the same rule, but an area covers
 * plan sections as well as questions (framework/areas.ts), so a blocker in the rollout
 * plan contradicts a high rollout score just as a blocker on Q9 does. Under 1.0.0 the
 * rule in scores.ts runs unchanged.
 */
import { areaByKey } from "../framework/areas";
import { PLAN_SECTION_LABELS } from "../framework/plan-section-labels";
import { questionByKey } from "../framework/questions";
import { AREA_KEYS, PLAN_SECTION_KEYS, QUESTION_KEYS } from "../keys";
import { inlineLabel, joinList, plural } from "../engine/text";
import type { RuleId } from "./ids";
import { SCORE_RULES } from "./scores";
import type { RuleDefinition, RuleHit } from "./types";

const CONTRADICTION_FROM = 4;

const V1_RULE = SCORE_RULES.find((rule) => rule.id === "SCORE_CONTRADICTS_ANSWERS") as RuleDefinition<RuleId>;

export const SCORE_CONTRADICTS_ANSWERS_V2: RuleDefinition<RuleId> = {
  ...V1_RULE,
  remediation: "Resolve the blockers on the questions and plan sections this area covers, or lower the score to match.",
  check: (document, { blockersPerQuestion, blockersPerPlanSection }) => {
    const hits: RuleHit[] = [];
    for (const key of AREA_KEYS) {
      const entry = document.scores?.[key];
      if (entry === undefined || entry.score < CONTRADICTION_FROM) continue;
      const area = areaByKey(key);
      const questions = QUESTION_KEYS.filter((q) => area.questions.includes(q) && blockersPerQuestion.has(q));
      const sections = PLAN_SECTION_KEYS.filter((s) => area.planSections.includes(s) && blockersPerPlanSection?.has(s) === true);
      if (questions.length === 0 && sections.length === 0) continue;
      const total =
        questions.reduce((sum, q) => sum + (blockersPerQuestion.get(q) ?? 0), 0) +
        sections.reduce((sum, s) => sum + (blockersPerPlanSection?.get(s) ?? 0), 0);
      const places = [
        ...questions.map((q) => questionByKey(q).number),
        ...sections.map((s) => `the ${inlineLabel(PLAN_SECTION_LABELS[s])}`),
      ];
      hits.push({
        target: `scores.${key}`,
        message: `${area.label} is scored ${entry.score} of 5, but ${plural(total, "blocker sits", "blockers sit")} on ${joinList(places)}, which this area covers.`,
      });
    }
    return hits;
  },
};
