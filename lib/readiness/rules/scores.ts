/**
 * Area score rules (seed 001, "Quick Integration Readiness Score"): a score below 3 is a
 * launch blocker, and a high score that the answers contradict is flagged.
 */
import { areaByKey } from "../framework/areas";
import { questionByKey } from "../framework/questions";
import { AREA_KEYS, BLOCKING_SCORE_THRESHOLD, QUESTION_KEYS } from "../keys";
import { inlineLabel, joinList, plural } from "../engine/text";
import { fieldTarget } from "./rows";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

const SOURCE = "001 §Quick Integration Readiness Score";
const CONTRADICTION_FROM = 4;

export const SCORE_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "SCORE_BELOW_3",
    severity: "blocker",
    requires: [],
    stage: 1,
    title: "Area scored below 3",
    source: SOURCE,
    remediation: "Close the gaps the rubric names for this area until it reaches level 3, then rescore it with a note on the evidence.",
    check: (document) => {
      const hits: RuleHit[] = [];
      for (const key of AREA_KEYS) {
        const entry = document.scores?.[key];
        if (entry === undefined || entry.score >= BLOCKING_SCORE_THRESHOLD) continue;
        const area = areaByKey(key);
        hits.push({
          target: fieldTarget("scores", key),
          message: `${area.label} is scored ${entry.score} of 5; any area below 3 blocks launch.`,
          remediation: `Reach level 3 (“${area.rubric[3]}”), then rescore ${inlineLabel(area.label)} with a note on the evidence.`,
        });
      }
      return hits;
    },
  },
  {
    id: "SCORE_CONTRADICTS_ANSWERS",
    severity: "warning",
    requires: [],
    stage: 2,
    title: "High score contradicted by blockers",
    source: SOURCE,
    remediation: "Resolve the blockers on the questions this area covers, or lower the score to match the answers.",
    check: (document, { blockersPerQuestion }) => {
      const hits: RuleHit[] = [];
      for (const key of AREA_KEYS) {
        const entry = document.scores?.[key];
        if (entry === undefined || entry.score < CONTRADICTION_FROM) continue;
        const area = areaByKey(key);
        const questions = QUESTION_KEYS.filter((q) => area.questions.includes(q) && blockersPerQuestion.has(q));
        if (questions.length === 0) continue;
        const total = questions.reduce((sum, q) => sum + (blockersPerQuestion.get(q) ?? 0), 0);
        const numbers = questions.map((q) => questionByKey(q).number);
        hits.push({
          target: fieldTarget("scores", key),
          message: `${area.label} is scored ${entry.score} of 5, but ${plural(total, "blocker sits", "blockers sit")} on ${joinList(numbers)}, which this area covers.`,
        });
      }
      return hits;
    },
  },
];
