/**
 * SCORE_CONTRADICTS_ANSWERS as ruleset 2.0.0 runs it: the same rule, but an area covers
 * plan sections as well as questions (framework/areas.ts), so a blocker in the rollout
 * plan contradicts a high rollout score just as a blocker on Q9 does. Under 1.0.0 the
 * rule in scores.ts runs unchanged.
 */
import { areaByKey } from "../framework/areas";
import { PLAN_SECTION_LABELS } from "../framework/plan-section-labels";
import { questionByKey } from "../framework/questions";
import { AREA_KEYS, PLAN_SECTION_KEYS, QUESTION_KEYS, type PlanSectionKey, type QuestionKey } from "../keys";
import { inlineLabel, joinList, plural } from "../engine/text";
import type { RuleId } from "./ids";
import { SCORE_RULES } from "./scores";
import { fieldTarget } from "./rows";
import type { RuleDefinition, RuleHit } from "./types";

const CONTRADICTION_FROM = 4;

const V1_RULE = SCORE_RULES.find((rule) => rule.id === "SCORE_CONTRADICTS_ANSWERS") as RuleDefinition<RuleId>;

interface Covered<Key> {
  key: Key;
  /** How the message names it: "Q5", "the access controls". */
  place: string;
}

/**
 * Per area, the questions and plan sections it covers in key order, with the words the
 * message names them by: fixed by the framework, so built once instead of filtering
 * every key list for every high score on every evaluation.
 */
const COVERAGE = new Map(
  AREA_KEYS.map((key) => {
    const area = areaByKey(key);
    const questions: Covered<QuestionKey>[] = QUESTION_KEYS.filter((q) => area.questions.includes(q)).map((q) => ({
      key: q,
      place: questionByKey(q).number,
    }));
    const sections: Covered<PlanSectionKey>[] = PLAN_SECTION_KEYS.filter((s) => area.planSections.includes(s)).map((s) => ({
      key: s,
      place: `the ${inlineLabel(PLAN_SECTION_LABELS[s])}`,
    }));
    return [key, { area, questions, sections }];
  }),
);

export const SCORE_CONTRADICTS_ANSWERS_V2: RuleDefinition<RuleId> = {
  ...V1_RULE,
  remediation: "Resolve the blockers on the questions and plan sections this area covers, or lower the score to match.",
  check: (document, { blockersPerQuestion, blockersPerPlanSection }) => {
    const hits: RuleHit[] = [];
    for (const key of AREA_KEYS) {
      const entry = document.scores?.[key];
      if (entry === undefined || entry.score < CONTRADICTION_FROM) continue;
      const { area, questions, sections } = COVERAGE.get(key) as NonNullable<ReturnType<typeof COVERAGE.get>>;
      // Questions first, then plan sections, each in key order.
      const places: string[] = [];
      let total = 0;
      for (const question of questions) {
        const count = blockersPerQuestion.get(question.key);
        if (count === undefined) continue;
        places.push(question.place);
        total += count;
      }
      for (const section of sections) {
        const count = blockersPerPlanSection?.get(section.key);
        if (count === undefined) continue;
        places.push(section.place);
        total += count;
      }
      if (places.length === 0) continue;
      hits.push({
        target: fieldTarget("scores", key),
        message: `${area.label} is scored ${entry.score} of 5, but ${plural(total, "blocker sits", "blockers sit")} on ${joinList(places)}, which this area covers.`,
      });
    }
    return hits;
  },
};
